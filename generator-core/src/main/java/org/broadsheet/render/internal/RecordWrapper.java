package org.broadsheet.render.internal;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.Version;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FreeMarker's default object wrapper, except that a template reads a public record's components
 * ({@code article.title}) through accessors looked up once per class. The default wrapper finds them again in
 * its introspection tables on every read and calls them through {@link Method#invoke} on a method not made
 * accessible, which walks the stack to check the caller each time: a third of rendering a page went there.
 * Whatever else a template asks of a record goes to the default wrapper's model of it, as before: a method call
 * such as {@code pagination.links()} or {@code article.title()}, a method read as a property, the record as text.
 *
 * <p>Configured once and write-protected, so safe to share between threads like FreeMarker's own wrappers.
 */
public final class RecordWrapper extends DefaultObjectWrapper {
    /** Per record class, its components' accessors by name; {@code null} for a class the default model serves. */
    private final ClassValue<Map<String, Method>> accessors = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return components(type);
        }
    };

    public RecordWrapper(Version incompatibleImprovements) {
        super(incompatibleImprovements);
        writeProtect();
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        if (object instanceof Record) {
            Map<String, Method> components = accessors.get(object.getClass());
            if (components != null) {
                return new RecordModel(object, components);
            }
        }
        return super.handleUnknownType(object);
    }

    /** The accessors of a public record's components, made callable without a check per call; or {@code null}. */
    private static Map<String, Method> components(Class<?> type) {
        if (!type.isRecord() || !Modifier.isPublic(type.getModifiers())) {
            return null;
        }
        Map<String, Method> components = new LinkedHashMap<>();
        try {
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                // The check Method.invoke would make, once: the default wrapper shows the same public accessors.
                accessor.setAccessible(true);
                components.put(component.getName(), accessor);
            }
        } catch (InaccessibleObjectException | SecurityException e) {
            return null;
        }
        return Map.copyOf(components);
    }

    /** A record as a hash of its components, which the template reads by name. */
    private final class RecordModel implements MethodCallAwareTemplateHashModel, TemplateScalarModel,
            AdapterTemplateModel, WrapperTemplateModel {
        private final Object record;
        private final Map<String, Method> components;
        private TemplateHashModel bean;

        RecordModel(Object record, Map<String, Method> components) {
            this.record = record;
            this.components = components;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method accessor = components.get(key);
            if (accessor == null) {
                return bean().get(key);
            }
            try {
                return wrap(accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new TemplateModelException("cannot read '" + key + "' of " + record.getClass().getSimpleName(),
                        e.getCause() == null ? e : e.getCause());
            }
        }

        @Override
        public TemplateModel getBeforeMethodCall(String key)
                throws TemplateModelException, ShouldNotBeGetAsMethodException {
            TemplateHashModel model = bean();
            return model instanceof MethodCallAwareTemplateHashModel calls ? calls.getBeforeMethodCall(key) : model.get(key);
        }

        @Override
        public String getAsString() throws TemplateModelException {
            return bean() instanceof TemplateScalarModel text ? text.getAsString() : record.toString();
        }

        /** The default wrapper's model of the record, for what is not a component: made when first needed. */
        private TemplateHashModel bean() throws TemplateModelException {
            if (bean == null) {
                bean = (TemplateHashModel) RecordWrapper.super.handleUnknownType(record);
            }
            return bean;
        }

        /** Never, as for the default model: {@code record?has_content} is true. */
        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }
    }
}
