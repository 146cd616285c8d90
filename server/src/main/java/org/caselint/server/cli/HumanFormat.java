package org.caselint.server.cli;

import java.util.stream.Collectors;
import org.caselint.report.Finding;
import org.caselint.report.Report;

/** Compiler-style text output: {@code file:line:column: severity [category] message (rule)}. */
final class HumanFormat {
    private HumanFormat() { }

    static String format(String name, String text, Report r) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : r.findings()) {
            if (f.isNoteLevel()) {
                sb.append(name).append(": ").append(f.severity().id()).append(" [").append(f.category().id()).append("] ")
                        .append(f.message()).append(" (").append(f.rule()).append(")\n");
            } else {
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < f.start(); i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                int col = f.start() - lineStart + 1;
                int lineEnd = text.indexOf('\n', f.start());
                if (lineEnd < 0) lineEnd = text.length();
                sb.append(name).append(':').append(line).append(':').append(col).append(": ").append(f.severity().id())
                        .append(" [").append(f.category().id()).append("] ").append(f.message()).append(" (")
                        .append(f.rule()).append(")\n");
                String src = text.substring(lineStart, lineEnd);
                if (src.length() <= 160) {
                    sb.append("    ").append(src).append('\n').append("    ").append(" ".repeat(col - 1)).append('^')
                            .append("~".repeat(Math.max(0, Math.min(f.end(), lineEnd) - f.start() - 1))).append('\n');
                }
            }
            if (!f.suggestions().isEmpty()) {
                sb.append("    suggestion: ").append(String.join(" | ", f.suggestions())).append('\n');
            }
        }
        if (r.guessedSubject() != null) {
            sb.append(name).append(": note: read as a note about ").append(r.guessedSubject().name())
                    .append(" (guessed from the text; give --subject NAME if that is not the child)\n");
        }
        String counts = r.counts().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        sb.append(name).append(": score ").append(r.score()).append("/100, ").append(r.findings().size())
                .append(r.findings().size() == 1 ? " finding" : " findings")
                .append(counts.isEmpty() ? "" : " (" + counts + ")").append('\n');
        return sb.toString();
    }
}
