package org.schoolimprovement.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * For our own API, which the dashboard page calls: the user signed in to Tasklist or Cockpit is signed in
 * here too (the webapps' session), and scripts use HTTP Basic. A session only counts for reading, or for a
 * change sent by script with {@code X-Requested-With} (which a form on another site cannot send), so a
 * session cookie alone never changes anything.
 */
public class WebappSessionOrBasicAuthentication implements AuthenticationProvider {

  static final String SCRIPT_HEADER = "X-Requested-With";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    if (request.getHeader("Authorization") == null && mayUseSession(request)) {
      UserAuthentication signedIn = signedInUser(request.getSession(false), engine);
      if (signedIn != null) {
        AuthenticationResult result = AuthenticationResult.successful(signedIn.getIdentityId());
        result.setGroups(signedIn.getGroupIds());
        result.setTenants(signedIn.getTenantIds());
        return result;
      }
    }
    return basic.extractAuthenticatedUser(request, engine);
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    basic.augmentResponseByAuthenticationChallenge(response, engine);
  }

  private static boolean mayUseSession(HttpServletRequest request) {
    return SAFE_METHODS.contains(request.getMethod()) || request.getHeader(SCRIPT_HEADER) != null;
  }

  private static UserAuthentication signedInUser(HttpSession session, ProcessEngine engine) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    return authentications == null ? null
        : (UserAuthentication) authentications.getAuthenticationForProcessEngine(engine.getName());
  }
}
