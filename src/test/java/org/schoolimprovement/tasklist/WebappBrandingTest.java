package org.schoolimprovement.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Camunda's webapps load the trust's configuration and styles instead of their own. */
@TrustApplicationTest
class WebappBrandingTest {

  @Autowired
  TestRestTemplate rest;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void eachWebappIsBrandedAndHidesTheEndOfLifeBanner(String app) {
    assertThat(rest.getForObject("/camunda/app/" + app + "/scripts/config.js", String.class))
        .contains("vendor: 'Oakfield Learning Trust'");
    assertThat(rest.getForObject("/camunda/app/" + app + "/styles/user-styles.css", String.class))
        .contains(".ce-eol-banner").contains("display: none");
  }

  @org.junit.jupiter.api.Test
  void cockpitOpensOnTheProcessList() {
    assertThat(rest.getForObject("/camunda/app/cockpit/scripts/config.js", String.class))
        .contains("customScripts: ['scripts/landing']");
    assertThat(rest.getForObject("/camunda/app/cockpit/scripts/landing.js", String.class))
        .contains("window.location.hash = '#/processes'");
  }
}
