package org.schoolimprovement.system;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The error body of every endpoint of ours; the same {@code type} and {@code message} as Camunda's REST API,
 * plus the {@code field} at fault where there is one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String type, String message, String field) {
}
