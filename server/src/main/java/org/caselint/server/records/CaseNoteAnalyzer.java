package org.caselint.server.records;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English analysis of note text for full-text search, as a chain of small filters:
 * {@link StandardTokenizer} (words, with offsets) &rarr; {@link EnglishPossessiveFilter} ("Jayden's" &rarr;
 * "Jayden") &rarr; {@link LowerCaseFilter} &rarr; {@link StopFilter} (English stop words, keeping positions so
 * phrase queries stay exact) &rarr; {@link PorterStemFilter} ("aggressive", "aggression" &rarr; "aggress").
 * The same chain analyses queries. Thread-safe, as every Lucene {@link Analyzer}.
 */
public final class CaseNoteAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream s = new EnglishPossessiveFilter(source);
        s = new LowerCaseFilter(s);
        s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        s = new PorterStemFilter(s);
        return new TokenStreamComponents(source, s);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
