package org.caselint.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version and build date Maven writes into {@code build.properties} (reported by /health and /v2/check). */
public final class BuildInfo {
    private static final Properties PROPS = load();

    private BuildInfo() { }

    public static String version() { return PROPS.getProperty("version", "unknown"); }

    public static String buildDate() { return PROPS.getProperty("buildDate", "unknown"); }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read build.properties", e);
        }
        return p;
    }
}
