/** Small UI building blocks every feature's screens share. */
@org.jspecify.annotations.NullMarked
package app.avenant.shared.ui;
