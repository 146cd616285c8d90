/**
 * The records commands of {@code caselint}: {@code generate} (invented records as JSON Lines), {@code index}
 * (lint and index a JSON Lines file, with a progress bar), {@code search} (query the index) and {@code bench}
 * (analysis, indexing and search figures on generated records).
 *
 * <pre>{@code
 * caselint generate --count 5000 --seed 1 --out records.jsonl
 * caselint index --batch records.jsonl --data data
 * caselint search aggressive --category judgemental --team "Assessment Team 2" --data data
 * }</pre>
 */
package org.caselint.server.records.cli;
