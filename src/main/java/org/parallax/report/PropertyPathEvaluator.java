package org.parallax.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.engine.IterationStatusVar;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;


/**
 * Evaluates variable expressions that are a variable and a chain of property names
 * ({@code ${row.anchor}}, {@code ${p.equal}}) without OGNL. A property of a record is its component,
 * or else a public method of the record without parameters ({@code equal()}); of a map, its entry;
 * of an iteration status ({@code st.last}), its getter. Every other expression, and any path that
 * meets something else or a null on the way, goes to the fallback evaluator (Thymeleaf's OGNL), so
 * user templates keep the whole expression language.
 *
 * <p>The built-in templates only use such paths, so a report is rendered without starting OGNL at
 * all: its parser and reflective method calls were a third of the rendering time of a site and a
 * good part of {@code compare}'s start-up. Thread-safe.
 */
final class PropertyPathEvaluator implements IStandardVariableExpressionEvaluator {

    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final String[] NOT_A_PATH = new String[0];
    private static final Object UNRESOLVED = new Object();

    /** Readers by class and property name; empty when the class has no such property. */
    private static final ClassValue<Map<String, Optional<Method>>> READERS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private final Supplier<IStandardVariableExpressionEvaluator> fallback;
    private volatile IStandardVariableExpressionEvaluator fallbackInstance;
    private final Map<String, String[]> paths = new ConcurrentHashMap<>();

    /** @param fallback makes the evaluator for every other expression, once, when first needed */
    PropertyPathEvaluator(Supplier<IStandardVariableExpressionEvaluator> fallback) {
        this.fallback = fallback;
    }

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                           StandardExpressionExecutionContext expContext) {
        String exp = expression.getExpression();
        String[] path = exp == null || expression.getUseSelectionAsRoot() ? NOT_A_PATH : paths.computeIfAbsent(exp, PropertyPathEvaluator::parse);
        Object value = path.length == 0 ? UNRESOLVED : resolve(context, path, exp);
        if (value == UNRESOLVED) {
            return fallback().evaluate(context, expression, expContext);
        }
        if (!expContext.getPerformTypeConversion()) {
            return value;
        }
        return StandardExpressions.getConversionService(context.getConfiguration()).convert(context, value, String.class);
    }

    private static String[] parse(String expression) {
        String exp = expression.strip();
        if (!PATH.matcher(exp).matches()) {
            return NOT_A_PATH;
        }
        String[] names = exp.split("\\.");
        // literals and keywords of the expression language are not variables
        return switch (names[0]) {
            case "true", "false", "null", "this", "root" -> NOT_A_PATH;
            default -> names;
        };
    }

    private static Object resolve(IExpressionContext context, String[] path, String expression) {
        if (!context.containsVariable(path[0])) {
            return UNRESOLVED;
        }
        Object current = context.getVariable(path[0]);
        for (int k = 1; k < path.length; k++) {
            if (current == null) {
                return UNRESOLVED;
            }
            if (current instanceof Map<?, ?> map) {
                if (!map.containsKey(path[k])) {
                    return UNRESOLVED;
                }
                current = map.get(path[k]);
                continue;
            }
            Optional<Method> reader = reader(current.getClass(), path[k]);
            if (reader.isEmpty()) {
                return UNRESOLVED;
            }
            try {
                current = reader.get().invoke(current);
            } catch (IllegalAccessException | InvocationTargetException e) {
                Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
                throw new TemplateProcessingException("Exception evaluating expression: \"" + expression + "\"", cause);
            }
        }
        return current;
    }

    /**
     * How to read {@code name} of a {@code type}: a record's component or own public method without
     * parameters, an iteration status's getter; empty for anything else. Looked up once per class and
     * name.
     */
    static Optional<Method> reader(Class<?> type, String name) {
        return READERS.get(type).computeIfAbsent(name, n -> lookUp(type, n));
    }

    private static Optional<Method> lookUp(Class<?> type, String name) {
        Method method = null;
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals(name)) {
                    method = c.getAccessor();
                }
            }
            if (method == null) {
                method = publicNoArgument(type, name);
                // only the record's own methods: not hashCode, not getClass
                method = method != null && method.getDeclaringClass() == type ? method : null;
            }
        } else if (type == IterationStatusVar.class) {
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            method = publicNoArgument(type, "get" + capitalised);
            if (method == null) {
                method = publicNoArgument(type, "is" + capitalised);
            }
        }
        if (method == null) {
            return Optional.empty();
        }
        try {
            method.setAccessible(true);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(method);
    }

    private static Method publicNoArgument(Class<?> type, String name) {
        try {
            Method m = type.getMethod(name);
            return Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class ? null : m;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private IStandardVariableExpressionEvaluator fallback() {
        IStandardVariableExpressionEvaluator f = fallbackInstance;
        if (f == null) {
            synchronized (this) {
                f = fallbackInstance;
                if (f == null) {
                    f = fallback.get();
                    fallbackInstance = f;
                }
            }
        }
        return f;
    }
}
