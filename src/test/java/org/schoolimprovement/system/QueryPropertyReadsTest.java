package org.schoolimprovement.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.ibatis.builder.BuilderException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.apache.ibatis.scripting.xmltags.ExpressionEvaluator;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;

/** MyBatis reads a mapping's properties as before, finding each one's method once. */
class QueryPropertyReadsTest {

  private final ExpressionEvaluator mappings = new ExpressionEvaluator();

  @Test
  void camundasQueryPropertiesReadByTheirMethodsNameAreFoundOnceAndReadAsBefore() throws Exception {
    QueryPropertyReads.install();
    var reads = (QueryPropertyReads) OgnlRuntime.getPropertyAccessor(Object.class);
    TaskQueryImpl plain = new TaskQueryImpl();
    TaskQueryImpl withoutTenant = new TaskQueryImpl();
    withoutTenant.withoutTenantId();

    assertThat(mappings.evaluateBoolean("query.isWithoutTenantId", Map.of("query", plain))).isFalse();
    assertThat(mappings.evaluateBoolean("query.isWithoutTenantId", Map.of("query", withoutTenant))).isTrue();
    assertThat(mappings.evaluateBoolean("query.isOrQueryActive", Map.of("query", plain))).isFalse();
    assertThat(reads.readMethod(TaskQueryImpl.class, "isWithoutTenantId")).get()
        .isEqualTo(TaskQueryImpl.class.getMethod("isWithoutTenantId"));
    // A getter, and a property that has no method at all, read as OGNL reads them.
    assertThat(mappings.evaluateBoolean("query.candidateUser == null", Map.of("query", plain))).isTrue();
    assertThat(mappings.evaluateBoolean("query.candidateUser == 'director1'",
        Map.of("query", new TaskQueryImpl().taskCandidateUser("director1")))).isTrue();
    assertThat(mappings.evaluateBoolean("holder.open", Map.of("holder", new Holder()))).isTrue();
    assertThatThrownBy(() -> mappings.evaluateBoolean("query.noSuchProperty", Map.of("query", plain)))
        .isInstanceOf(BuilderException.class).hasMessageContaining("noSuchProperty");
  }

  public static class Holder {
    public boolean open = true;
  }
}
