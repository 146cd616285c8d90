package org.caselint.server.http.languagetool;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caselint.server.http.ApiException;
import org.caselint.server.http.Bodies;

/**
 * The parameters of a LanguageTool {@code /v2/check} request, validated as LanguageTool's server does: {@code text}
 * or {@code data} (not both), {@code language} (English only: {@code en}, {@code en-XX} or {@code auto}),
 * comma-separated {@code enabledRules}, {@code disabledRules}, {@code enabledCategories}, {@code disabledCategories},
 * {@code enabledOnly} ({@code true} or {@code yes}, as LanguageTool's client sends; then at least one enabled rule or category) and {@code level} ({@code default} or
 * {@code picky}). Other LanguageTool parameters ({@code motherTongue}, {@code preferredVariants}...) are accepted
 * and ignored. Immutable.
 */
record CheckRequest(AnnotatedText text, Language language, Set<String> enabledRules, Set<String> disabledRules,
                    Set<String> enabledCategories, Set<String> disabledCategories, boolean enabledOnly, String level) {

    /** A language we answer for: what to report back as its name and code. */
    record Language(String name, String code) { }

    /** The English variants listed by {@code /v2/languages}. */
    static final Map<String, String> VARIANTS = Map.of("en", "English", "en-GB", "English (GB)", "en-US", "English (US)",
            "en-AU", "English (Australian)", "en-CA", "English (Canadian)", "en-NZ", "English (New Zealand)",
            "en-ZA", "English (South African)", "en-IE", "English (Irish)");

    static CheckRequest parse(Map<String, String> p) {
        String text = p.get("text");
        String data = p.get("data");
        if (text == null && data == null) throw ApiException.badRequest("missing-text", "Missing 'text' or 'data' parameter");
        if (text != null && data != null) throw ApiException.badRequest("bad-parameter", "Give 'text' or 'data', not both");
        AnnotatedText at = text != null ? AnnotatedText.plain(text) : AnnotatedText.fromData(Bodies.json(data));
        String level = p.getOrDefault("level", "default");
        if (!level.equals("default") && !level.equals("picky")) {
            throw ApiException.badRequest("bad-parameter", "'level' must be 'default' or 'picky', not '" + level + "'");
        }
        String eo = p.getOrDefault("enabledOnly", "false");
        if (!List.of("true", "yes", "false", "no").contains(eo)) {
            throw ApiException.badRequest("bad-parameter", "'enabledOnly' must be 'true' or 'false'");
        }
        Set<String> enabledRules = list(p.get("enabledRules"), false);
        Set<String> enabledCategories = list(p.get("enabledCategories"), true);
        boolean enabledOnly = eo.equals("true") || eo.equals("yes");
        if (enabledOnly && enabledRules.isEmpty() && enabledCategories.isEmpty()) {
            throw ApiException.badRequest("bad-parameter",
                    "enabledOnly=true needs 'enabledRules' or 'enabledCategories'");
        }
        return new CheckRequest(at, language(p.get("language")), enabledRules, list(p.get("disabledRules"), false),
                enabledCategories, list(p.get("disabledCategories"), true), enabledOnly, level);
    }

    static Language language(String code) {
        if (code == null || code.isBlank()) throw ApiException.badRequest("missing-language", "Missing 'language' parameter");
        String c = code.trim();
        if (c.equalsIgnoreCase("auto")) return new Language(VARIANTS.get("en-GB"), "en-GB");
        String[] parts = c.split("[-_]");
        if (!parts[0].equalsIgnoreCase("en")) {
            throw ApiException.badRequest("unsupported-language", "caselint checks English only, not '" + c + "'");
        }
        if (parts.length == 1) return new Language(VARIANTS.get("en"), "en");
        String longCode = "en-" + parts[1].toUpperCase(Locale.ROOT);
        return new Language(VARIANTS.getOrDefault(longCode, "English (" + parts[1].toUpperCase(Locale.ROOT) + ")"), longCode);
    }

    /** A comma-separated list; category ids are compared in LanguageTool's form (upper case, underscores). */
    private static Set<String> list(String s, boolean categories) {
        if (s == null || s.isBlank()) return Set.of();
        return Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty())
                .map(x -> categories ? CheckResponse.categoryId(x) : x).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a finding of this rule and category is wanted, given the enabled and disabled lists. */
    boolean wants(String ruleId, String categoryId) {
        String cat = CheckResponse.categoryId(categoryId);
        if (disabledRules.contains(ruleId) || disabledCategories.contains(cat)) return false;
        if (enabledOnly) return enabledRules.contains(ruleId) || enabledCategories.contains(cat);
        return true;
    }
}
