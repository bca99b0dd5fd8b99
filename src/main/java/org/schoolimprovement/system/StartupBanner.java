package org.schoolimprovement.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the app where to open it. */
@Component
class StartupBanner {

  private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
      String base = "http://localhost:" + web.getWebServer().getPort();
      log.info("""

          ==============================================================
            Trust Improvement Cycle is running
            Tasklist: {}/camunda/app/tasklist/
            Cockpit:  {}/camunda/app/cockpit/
            Admin:    {}/camunda/app/admin/
            Dashboard: {}/dashboard/
            REST API: {}/engine-rest/ (HTTP Basic)
          ==============================================================""", base, base, base, base, base);
    }
  }
}
