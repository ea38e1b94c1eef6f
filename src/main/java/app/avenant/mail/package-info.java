/**
 * E-mail (issue 14, docs/decisions/0045): each notification leaves by e-mail immediately, in the daily summary or
 * never, as its recipient chose per topic; invitations are e-mailed when the admin gives an address. Every message
 * goes through an outbox ({@code mail_message}) written in the transaction of what it tells and sent afterwards,
 * retried while the mail server is down; without a server, messages are written as {@code .eml} files under the data
 * folder. The organisation admin lists what was sent to their organisation. A message about a contract is sent only
 * if its recipient is still a member of that contract when it leaves.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "identity :: internal",
            "contract :: internal",
            "notification",
            "consultation"
        })
@org.jspecify.annotations.NullMarked
package app.avenant.mail;
