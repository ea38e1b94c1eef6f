/**
 * The integration API of the performance module ({@code /api/v1/...}): JSON in, RFC 9457 problem details out
 * for every refusal. Callers are authenticated by an organisation's API token (identity module's API chain);
 * the business rules are the {@link app.avenant.performance.Deliverables} service's, as for the form and CSV.
 */
@org.jspecify.annotations.NullMarked
package app.avenant.performance.web;
