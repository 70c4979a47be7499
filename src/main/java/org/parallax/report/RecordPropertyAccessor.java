package org.parallax.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;
import ognl.OgnlRuntime;

/**
 * Reads record properties in template expressions that go to OGNL ({@code ${rows[0].kind}}) the way
 * {@link PropertyPathEvaluator} reads them, through the reader it looks up once per class. OGNL's own
 * lookup expects JavaBean getters and, finding none on a record, searches every method
 * case-insensitively on each evaluation, which made rendering a large report many times slower.
 * Anything else falls back to OGNL's usual rules.
 */
final class RecordPropertyAccessor extends ObjectPropertyAccessor {

    private RecordPropertyAccessor() {
    }

    /** Makes OGNL read records through this accessor; safe to call more than once. */
    static void install() {
        OgnlRuntime.setPropertyAccessor(Record.class, new RecordPropertyAccessor());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        Optional<Method> reader = name instanceof String s ? PropertyPathEvaluator.reader(target.getClass(), s) : Optional.empty();
        if (reader.isEmpty()) {
            return super.getProperty(context, target, name);
        }
        try {
            return reader.get().invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new OgnlException("cannot read " + name + " of " + target.getClass().getSimpleName(), e);
        }
    }
}
