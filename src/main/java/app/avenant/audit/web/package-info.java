/** What operators reach without signing in, on the management port only: the chain's integrity check. */
@org.jspecify.annotations.NullMarked
package app.avenant.audit.web;
