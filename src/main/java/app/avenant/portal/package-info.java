/**
 * The portal's frame: the app shell (theme, push, page title) and the main layout every signed-in view
 * appears in (navigation, the user's name and organisation, language, sign-out). Views of other modules
 * get the layout automatically through {@code @Layout}; the layout links to them by route string only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "notification"})
@org.jspecify.annotations.NullMarked
package app.avenant.portal;
