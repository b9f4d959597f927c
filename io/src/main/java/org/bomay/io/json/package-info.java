/**
 * The bomay/1 document format in JSON and YAML: strict, located, streaming reading and
 * deterministic writing over Jackson's streaming API, for structures, histories (with their
 * changes), scenarios, rule packs and simulation results. Use it through
 * {@link org.bomay.io.Documents}: {@link org.bomay.io.json.Engine} and the codecs
 * ({@code HistoryCodec}, {@code ScenarioCodec}, {@code RulePackCodec}, {@code ResultCodec}) are
 * public only so that entry point, in the parent package, can reach them; they are not part of
 * the supported API.
 */
package org.bomay.io.json;
