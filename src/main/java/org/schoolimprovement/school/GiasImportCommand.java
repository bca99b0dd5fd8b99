package org.schoolimprovement.school;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The GIAS import from the command line: {@code --import-gias=<file> [--director=<user>] [--skip-bad-rows]}
 * imports, prints the row-by-row report and stops the application (exit code 0, or 2 if nothing was imported).
 */
@Component
@Order(10)
class GiasImportCommand implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(GiasImportCommand.class);

  private final GiasImport gias;
  private final ApplicationContext context;

  GiasImportCommand(GiasImport gias, ApplicationContext context) {
    this.gias = gias;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    if (!args.containsOption("import-gias")) {
      return;
    }
    Path file = Path.of(args.getOptionValues("import-gias").get(0));
    String director = args.containsOption("director") ? args.getOptionValues("director").get(0) : null;
    GiasImport.Report report;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      report = gias.importCsv(reader, args.containsOption("skip-bad-rows"), director);
    }
    StringBuilder out = new StringBuilder("\nGIAS import of " + file + "\n");
    report.rows().forEach(row -> out.append(String.format("  line %4d  %-6s  %-8s  %s%s%n", row.line(),
        row.urn() == null ? "" : row.urn(), row.outcome(), row.name() == null ? "" : row.name(),
        row.message() == null ? "" : ": " + row.message())));
    out.append(report.imported()
        ? String.format("Imported: %d created, %d updated, %d bad rows skipped%n", report.created(), report.updated(), report.rejected())
        : String.format("Nothing imported: %d bad rows. Fix them, or run again with --skip-bad-rows.%n", report.rejected()));
    log.info(out.toString());
    int code = report.imported() ? 0 : 2;
    System.exit(SpringApplication.exit(context, () -> code));
  }
}
