/**
 * The code sets host and plugin share: age bands and gender codes. Statistics are broken down by
 * these and nothing finer.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package se.delaktig.host.api.codes;
