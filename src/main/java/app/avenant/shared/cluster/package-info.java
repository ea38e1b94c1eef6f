/**
 * What the portal's nodes tell each other when several run behind a load balancer (issue 17, docs/decisions/0054):
 * {@link app.avenant.shared.cluster.ClusterBus}, on Redis when {@code avenant.cluster.redis-url} is set, else a
 * single node that tells nobody. Each node still tells its own open screens itself; the bus only carries the news.
 */
@org.jspecify.annotations.NullMarked
package app.avenant.shared.cluster;
