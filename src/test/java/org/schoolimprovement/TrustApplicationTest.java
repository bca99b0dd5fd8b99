package org.schoolimprovement;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port with the demo trust, on a private in-memory H2 database or, when
 * {@code test.datasource.url} is set (the postgres-tests Maven profile), on that PostgreSQL database. All test
 * classes share this one context (and one process engine); the job executor is off so tests run jobs
 * themselves. Mail goes to port 3025, where GreenMail listens in the tests that check it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=${test.datasource.url:jdbc:h2:mem:trust-test;DB_CLOSE_DELAY=-1}",
    "camunda.bpm.job-execution.enabled=false",
    "trust.demo.seed=true",
    "spring.mail.host=localhost",
    "spring.mail.port=3025"})
public @interface TrustApplicationTest {
}
