/**
 * The bomay/1 document format in JSON and YAML: strict, located, streaming reading and
 * deterministic writing over Jackson's streaming API. Use it through {@link org.bomay.io.Documents};
 * {@link org.bomay.io.json.Engine} is public only so that entry point can reach it.
 */
package org.bomay.io.json;
