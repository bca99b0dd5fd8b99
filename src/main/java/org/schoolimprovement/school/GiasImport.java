package org.schoolimprovement.school;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.IdentityService;
import org.schoolimprovement.system.ApiException;
import org.schoolimprovement.system.SystemAccess;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a "Get Information about Schools" (GIAS) CSV export: creates or updates each school and its
 * {@code school-<URN>} group. Every row is checked first; a file with a bad row imports nothing unless the
 * user asks to skip bad rows. An existing school keeps its director and the inspection detail the trust
 * keeps; a new one gets the row's {@code DirectorOfEducation} (our own optional column) or the default, and
 * GIAS's legacy Ofsted grade if it has one.
 */
@Service
public class GiasImport {

  public enum Outcome { CREATED, UPDATED, REJECTED }

  public record Row(long line, String urn, String name, Outcome outcome, String message) {
  }

  public record Report(boolean imported, int created, int updated, int rejected, List<Row> rows) {
  }

  static final String URN = "URN";
  static final String NAME = "EstablishmentName";
  static final String PHASE = "PhaseOfEducation (name)";
  static final String LA = "LA (name)";
  static final String POSTCODE = "Postcode";
  static final String HEAD_FIRST = "HeadFirstName";
  static final String HEAD_LAST = "HeadLastName";
  static final String OFSTED_RATING = "OfstedRating (name)";
  static final String OFSTED_DATE = "OfstedLastInsp";
  static final String DIRECTOR = "DirectorOfEducation";
  static final int MAX_ROWS = 5_000;
  private static final DateTimeFormatter GIAS_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private final SchoolService schools;
  private final IdentityService identityService;
  private final SystemAccess systemAccess;

  GiasImport(SchoolService schools, IdentityService identityService, SystemAccess systemAccess) {
    this.schools = schools;
    this.identityService = identityService;
    this.systemAccess = systemAccess;
  }

  @Transactional
  public Report importCsv(Reader csv, boolean skipBadRows, String defaultDirector) {
    List<Row> rows = new ArrayList<>();
    List<SchoolDetails> valid = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
        .setTrim(true).get().parse(csv)) {
      for (String column : List.of(URN, NAME, PHASE)) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new ApiException(HttpStatus.BAD_REQUEST, "file", "the file has no '" + column
              + "' column: is it a GIAS export (columns URN, EstablishmentName, PhaseOfEducation (name), ...)?");
        }
      }
      for (CSVRecord record : parser) {
        if (record.getRecordNumber() > MAX_ROWS) {
          throw new ApiException(HttpStatus.BAD_REQUEST, "file", "the file has more than " + MAX_ROWS + " schools");
        }
        long line = record.getRecordNumber() + 1;
        String urn = value(record, URN);
        String name = value(record, NAME);
        Optional<School> existing = urn == null || !urn.matches("\\d{6}") ? Optional.empty() : schools.find(urn);
        String problem = check(record, urn, name, existing.isPresent(), defaultDirector, seen, line);
        if (problem != null) {
          rows.add(new Row(line, urn, name, Outcome.REJECTED, problem));
          continue;
        }
        seen.put(urn, line);
        valid.add(details(record, existing, defaultDirector));
        rows.add(new Row(line, urn, name, existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED, null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "file", "the file is not a readable CSV: " + e.getMessage());
    }
    int rejected = (int) rows.stream().filter(row -> row.outcome() == Outcome.REJECTED).count();
    int created = (int) rows.stream().filter(row -> row.outcome() == Outcome.CREATED).count();
    if (rejected > 0 && !skipBadRows) {
      return new Report(false, 0, 0, rejected, rows);
    }
    systemAccess.run(() -> valid.forEach(schools::register));
    return new Report(true, created, valid.size() - created, rejected, rows);
  }

  private String check(CSVRecord record, String urn, String name, boolean exists, String defaultDirector, Map<String, Long> seen,
      long line) {
    if (urn == null || !urn.matches("\\d{6}")) {
      return "URN: '" + (urn == null ? "" : urn) + "' is not a 6-digit URN";
    }
    if (seen.containsKey(urn)) {
      return "URN: " + urn + " is a duplicate of line " + seen.get(urn);
    }
    if (name == null) {
      return "EstablishmentName: is missing";
    }
    if (name.length() > 200) {
      return "EstablishmentName: must be at most 200 characters";
    }
    String phase = value(record, PHASE);
    if (phase == null || Phase.fromLabel(phase).isEmpty()) {
      return "PhaseOfEducation (name): '" + (phase == null ? "" : phase) + "' is not a GIAS phase";
    }
    if (length(value(record, LA)) > 100 || length(value(record, POSTCODE)) > 10 || length(headName(record)) > 200) {
      return "LA (name), Postcode or head's name: too long";
    }
    String rating = value(record, OFSTED_RATING);
    if (rating != null && legacyGrade(rating).isEmpty() && !rating.equalsIgnoreCase("Not applicable")) {
      return "OfstedRating (name): '" + rating + "' is not an Ofsted grade";
    }
    if (rating != null && legacyGrade(rating).isPresent() && inspected(record).isEmpty()) {
      return "OfstedLastInsp: '" + value(record, OFSTED_DATE) + "' is not a date (dd-mm-yyyy)";
    }
    if (!exists) {
      String director = Optional.ofNullable(value(record, DIRECTOR)).orElse(defaultDirector);
      if (director == null) {
        return "DirectorOfEducation: a new school needs a director of education (the column, or a default for the import)";
      }
      if (!isDirector(director)) {
        return "DirectorOfEducation: '" + director + "' is not a director of education";
      }
    }
    return null;
  }

  private SchoolDetails details(CSVRecord record, Optional<School> existing, String defaultDirector) {
    String urn = value(record, URN);
    Phase phase = Phase.fromLabel(value(record, PHASE)).orElseThrow();
    if (existing.isPresent()) {
      School school = existing.get();
      return new SchoolDetails(urn, value(record, NAME), phase, value(record, LA), value(record, POSTCODE), headName(record),
          school.directorOfEducation(), school.ofsted(), school.attainmentBelowNational(), school.attendanceBelowNational());
    }
    OfstedOutcome ofsted = Optional.ofNullable(value(record, OFSTED_RATING)).flatMap(GiasImport::legacyGrade)
        .map(grade -> OfstedOutcome.legacy(inspected(record).orElseThrow(), grade)).orElse(OfstedOutcome.notInspected());
    return new SchoolDetails(urn, value(record, NAME), phase, value(record, LA), value(record, POSTCODE), headName(record),
        Optional.ofNullable(value(record, DIRECTOR)).orElse(defaultDirector), ofsted, false, false);
  }

  private boolean isDirector(String userId) {
    return systemAccess.call(() -> identityService.createUserQuery().userId(userId)
        .memberOfGroup(TrustRole.DIRECTOR_OF_EDUCATION.groupId()).count() == 1);
  }

  private static Optional<LegacyGrade> legacyGrade(String rating) {
    return java.util.Arrays.stream(LegacyGrade.values())
        .filter(grade -> grade.label().equalsIgnoreCase(rating.strip())).findFirst();
  }

  private static Optional<LocalDate> inspected(CSVRecord record) {
    String date = value(record, OFSTED_DATE);
    try {
      return date == null ? Optional.empty() : Optional.of(LocalDate.parse(date, GIAS_DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String headName(CSVRecord record) {
    String name = String.join(" ", java.util.stream.Stream.of(value(record, HEAD_FIRST), value(record, HEAD_LAST))
        .filter(part -> part != null).toList());
    return name.isBlank() ? null : name;
  }

  private static String value(CSVRecord record, String column) {
    if (!record.isMapped(column) || !record.isSet(column)) {
      return null;
    }
    String value = record.get(column).strip();
    return value.isEmpty() ? null : value;
  }

  private static int length(String value) {
    return value == null ? 0 : value.length();
  }
}
