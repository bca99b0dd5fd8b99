package org.schoolimprovement.school;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.schoolimprovement.system.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/schools/import}: a GIAS CSV export, uploaded as a form's {@code file} or sent as the
 * {@code text/csv} body. The CEO and administrators may import. 200 with the row-by-row report when imported;
 * 422 with the same report, and nothing imported, when a row is bad and {@code skipBadRows} is not set.
 */
@RestController
class GiasImportController {

  private final GiasImport gias;
  private final IdentityService identityService;

  GiasImportController(GiasImport gias, IdentityService identityService) {
    this.gias = gias;
    this.identityService = identityService;
  }

  @PostMapping(path = "/api/schools/import", consumes = "multipart/form-data")
  ResponseEntity<GiasImport.Report> upload(@RequestPart("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean skipBadRows, @RequestParam(required = false) String director)
      throws IOException {
    try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      return run(reader, skipBadRows, director);
    }
  }

  @PostMapping(path = "/api/schools/import", consumes = "text/csv")
  ResponseEntity<GiasImport.Report> body(@RequestBody String csv, @RequestParam(defaultValue = "false") boolean skipBadRows,
      @RequestParam(required = false) String director) {
    return run(new StringReader(csv), skipBadRows, director);
  }

  private ResponseEntity<GiasImport.Report> run(Reader csv, boolean skipBadRows, String director) {
    Viewer viewer = Viewer.current(identityService);
    if (!viewer.isIn(TrustRole.CEO) && !viewer.isIn(TrustRole.ADMIN)) {
      throw new ApiException(HttpStatus.FORBIDDEN, null, "only the CEO or an administrator may import schools");
    }
    GiasImport.Report report = gias.importCsv(csv, skipBadRows, director == null || director.isBlank() ? null : director.strip());
    return ResponseEntity.status(report.imported() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY).body(report);
  }
}
