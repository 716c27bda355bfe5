package io.jenkins.plugins.comet.client.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a {@link CometServer} parameter: one service for the whole test run, started on first
 * use and stopped when JUnit closes its root store. Tests use their own project ids, so none depends
 * on another's data.
 */
public final class CometServerExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CometServerExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CometServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("server", key -> new Resource(), Resource.class).server;
    }

    private static final class Resource implements ExtensionContext.Store.CloseableResource {
        private final CometServer server;

        Resource() {
            try {
                server = CometServer.start();
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the Comet service: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws Exception {
            server.close();
        }
    }
}
