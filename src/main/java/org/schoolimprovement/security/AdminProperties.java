package org.schoolimprovement.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code trust.admin}: the first administrator, created at start when there are no demo users. */
@ConfigurationProperties("trust.admin")
public record AdminProperties(String userId, String password) {
}
