/**
 * Live collaboration on change requests: {@link app.avenant.change.live.ChangeFeed} passes committed
 * change-request events to the open screens of that contract, {@link app.avenant.change.live.Presence}
 * tells who is looking at a change request right now. In memory, per node; with several nodes, each tells the others
 * what it published and who is looking, through {@link app.avenant.shared.cluster.ClusterBus} (decision 0054).
 */
@org.jspecify.annotations.NullMarked
package app.avenant.change.live;
