package org.caselint.server.http;

/** Makes caller-supplied ids and paths safe to log: bounded length, no control characters (no forged log lines). */
public final class LogSafe {
    private LogSafe() { }

    public static String id(String id) {
        return bounded(id, 64);
    }

    /** A request path, bounded and without control characters. */
    public static String path(String path) {
        return bounded(path, 200);
    }

    private static String bounded(String s, int max) {
        if (s == null) return "-";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < max; i++) {
            char c = s.charAt(i);
            sb.append(Character.isISOControl(c) || Character.isWhitespace(c) ? '_' : c);
        }
        return sb.toString();
    }
}
