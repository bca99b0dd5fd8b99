package org.schoolimprovement.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What is needed to register or update a school. */
public record SchoolDetails(
    @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit URN") String urn,
    @NotBlank @Size(max = 200) String name,
    @NotNull Phase phase,
    @Size(max = 100) String localAuthority,
    @Size(max = 10) String postcode,
    @Size(max = 200) String headteacherName,
    @NotBlank @Size(max = 64) String directorOfEducation,
    OfstedOutcome ofsted,
    boolean attainmentBelowNational,
    boolean attendanceBelowNational) {
}
