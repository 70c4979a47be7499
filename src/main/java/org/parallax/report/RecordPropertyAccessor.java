package org.parallax.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;
import ognl.OgnlRuntime;

/**
 * Reads record components in template expressions ({@code ${row.kind}}) through the records' accessor
 * methods, looked up once per class. OGNL's own lookup expects JavaBean getters and, finding none on a
 * record, searches every method case-insensitively on each evaluation, which made rendering a large
 * report many times slower. Anything that is not a component falls back to OGNL's usual rules.
 */
final class RecordPropertyAccessor extends ObjectPropertyAccessor {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> map = new HashMap<>();
            RecordComponent[] components = type.getRecordComponents();
            if (components != null) {
                for (RecordComponent c : components) {
                    Method accessor = c.getAccessor();
                    accessor.setAccessible(true);
                    map.put(c.getName(), accessor);
                }
            }
            return Map.copyOf(map);
        }
    };

    private RecordPropertyAccessor() {
    }

    /** Makes OGNL read records through this accessor; safe to call more than once. */
    static void install() {
        OgnlRuntime.setPropertyAccessor(Record.class, new RecordPropertyAccessor());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        Method accessor = name instanceof String s ? ACCESSORS.get(target.getClass()).get(s) : null;
        if (accessor == null) {
            return super.getProperty(context, target, name);
        }
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new OgnlException("cannot read " + name + " of " + target.getClass().getSimpleName(), e);
        }
    }
}
