package org.schoolimprovement.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The dashboard page itself is static (src/main/resources/static/dashboard); its data needs a sign-in. */
@Controller
class DashboardPage {

  @GetMapping({"/dashboard", "/dashboard/"})
  String page() {
    return "forward:/dashboard/index.html";
  }

  /**
   * The page signs in through Camunda's own login, which wants the session's CSRF token; Camunda hands it out
   * only when it creates it, and in a cookie the page cannot read. Only a page of this site can read this answer.
   */
  @GetMapping("/dashboard/csrf-token")
  @ResponseBody
  Map<String, String> csrfToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return token == null ? Collections.emptyMap() : Map.of("token", token.toString());
  }
}
