package org.schoolimprovement.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;

/**
 * How MyBatis reads a property of an object while it builds a statement's SQL from Camunda's mappings: as MyBatis
 * does, with the method found once per class and property rather than on every read.
 *
 * <p>Camunda's task query mapping tests some properties by their method's own name ({@code query.isOrQueryActive},
 * {@code query.isWithoutTenantId}), which is no JavaBean getter. MyBatis's OGNL then searches the query's class
 * for a method of that name on every read, copying its several hundred public methods each time: about 37 µs a
 * read on {@code TaskQueryImpl}, against 0.2 µs for a getter, and in every task list and count. In P2 of the
 * benchmark this search was 7.5 % of the app's request threads' CPU. The method found is the one OGNL finds (its own
 * {@code getGetMethod}, then {@code getReadMethod}); a property with no method is read as OGNL reads it (a field).
 */
final class QueryPropertyReads extends ObjectPropertyAccessor {

  private final ClassValue<Map<String, Optional<Method>>> readMethods = new ClassValue<>() {
    @Override
    protected Map<String, Optional<Method>> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };

  /** Reads every object's properties through this, for the whole JVM (MyBatis's OGNL keeps one accessor). */
  static void install() {
    OgnlRuntime.setPropertyAccessor(Object.class, new QueryPropertyReads());
  }

  @Override
  public Object getPossibleProperty(OgnlContext context, Object target, String name) throws OgnlException {
    if (target != null) {
      Method read = readMethod(target.getClass(), name).orElse(null);
      if (read != null && context.getMemberAccess().isAccessible(context, target, read, name)) {
        try {
          return OgnlRuntime.invokeMethod(target, read, OgnlRuntime.NoArguments);
        } catch (InvocationTargetException e) {
          throw new OgnlException(name, e.getTargetException());
        } catch (IllegalAccessException e) {
          throw new OgnlException(name, e);
        }
      }
    }
    return super.getPossibleProperty(context, target, name);
  }

  Optional<Method> readMethod(Class<?> type, String name) {
    return readMethods.get(type).computeIfAbsent(name, property -> {
      Method getter = OgnlRuntime.getGetMethod(type, property);
      return Optional.ofNullable(getter != null ? getter : OgnlRuntime.getReadMethod(type, property, null));
    });
  }
}
