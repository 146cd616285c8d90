package org.caselint.server.http.languagetool;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Locale;

/**
 * LanguageTool's HTTP API v2 check response, field for field, so existing LanguageTool clients read it unchanged.
 */
@JsonPropertyOrder({"software", "warnings", "language", "matches", "sentenceRanges"})
record CheckResponse(Software software, Warnings warnings, LanguageInfo language, List<Match> matches,
                     List<int[]> sentenceRanges) {

    @JsonPropertyOrder({"name", "version", "buildDate", "apiVersion", "premium", "status"})
    record Software(String name, String version, String buildDate, int apiVersion, boolean premium, String status) { }

    record Warnings(boolean incompleteResults) { }

    @JsonPropertyOrder({"name", "code", "detectedLanguage"})
    record LanguageInfo(String name, String code, Detected detectedLanguage) { }

    @JsonPropertyOrder({"name", "code", "confidence"})
    record Detected(String name, String code, double confidence) { }

    @JsonPropertyOrder({"message", "shortMessage", "replacements", "offset", "length", "context", "sentence", "type",
            "rule", "ignoreForIncompleteSentence", "contextForSureMatch"})
    record Match(String message, String shortMessage, List<Value> replacements, int offset, int length, Context context,
                 String sentence, Type type, Rule rule, boolean ignoreForIncompleteSentence, int contextForSureMatch) { }

    record Value(String value) { }

    @JsonPropertyOrder({"text", "offset", "length"})
    record Context(String text, int offset, int length) { }

    record Type(String typeName) { }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "subId", "description", "issueType", "urls", "category"})
    record Rule(String id, String subId, String description, String issueType, List<Value> urls, Category category) { }

    record Category(String id, String name) { }

    /** LanguageTool's form of a category id: "child-voice" and "CHILD_VOICE" both give "CHILD_VOICE". */
    static String categoryId(String id) {
        return id.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /**
     * The ITS 2.0 localisation-quality issue type LanguageTool clients colour matches by. Unknown (future)
     * categories are "uncategorized".
     */
    static String issueType(String category) {
        return switch (category) {
            case "acronym" -> "terminology";
            case "jargon" -> "register";
            case "judgemental", "fact-opinion" -> "style";
            case "missing-source", "child-voice" -> "omission";
            case "third-party-child" -> "legal";
            default -> "uncategorized";
        };
    }
}
