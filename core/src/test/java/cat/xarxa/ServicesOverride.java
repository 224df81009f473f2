package cat.xarxa;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/** Serves its own list of providers for one service in place of those on the class path. */
final class ServicesOverride extends ClassLoader {
    private final String services;
    private final byte[] content;

    ServicesOverride(String service, String providers) {
        super(ServicesOverride.class.getClassLoader());
        this.services = "META-INF/services/" + service;
        this.content = providers.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (!name.equals(services)) {
            return super.getResources(name);
        }
        URL url = new URL(null, "override:" + services, new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL u) {
                return new URLConnection(u) {
                    @Override
                    public void connect() {
                    }

                    @Override
                    public InputStream getInputStream() {
                        return new ByteArrayInputStream(content);
                    }
                };
            }
        });
        return Collections.enumeration(List.of(url));
    }
}
