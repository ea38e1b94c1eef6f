package app.avenant.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.avenant.change.ChangeRequests;
import app.avenant.change.NewChangeRequest;
import app.avenant.contract.ContractFilter;
import app.avenant.contract.Contracts;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.ScopeAttachment;
import app.avenant.document.ContractFiles;
import app.avenant.document.KeptFile;
import app.avenant.document.ScopeDocuments;
import app.avenant.shared.ui.DocumentLinks;
import app.avenant.testing.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The links of Historique, the compare and an accepted request, through the real security chain (MockMvc on the
 * shared context): a member downloads the PDF, anyone else gets the same 404 whether the contract exists or not, and
 * a visitor who is not signed in is sent to sign in first.
 */
@SpringBootTest
class DocumentDownloadsTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Contracts contracts;

    @Autowired
    ContractFiles files;

    @Autowired
    ScopeDocuments scopeDocuments;

    @Autowired
    ChangeRequests changeRequests;

    MockMvc mvc;
    UUID bookkeeping;

    @BeforeEach
    void setUp() {
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
        SecurityContextHolder.clearContext();
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        bookkeeping = TestAccounts.as(
                "claire.martin",
                () -> contracts
                        .myContracts(new ContractFilter(null, "AV-2026-001"), 0, 5)
                        .getFirst()
                        .id());
    }

    private MockHttpServletResponse fetch(String url, String username) throws Exception {
        var request = get(url);
        if (username != null) {
            request.with(user(username));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void a_member_downloads_the_amendment_as_a_pdf_file_that_no_cache_keeps() throws Exception {
        MockHttpServletResponse response = fetch(DocumentLinks.amendmentUrl(bookkeeping, 3), "julien.moreau");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("Avenant-2-contrat-AV-2026-001.pdf");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Avenant n° 2 au contrat AV-2026-001");
        }
    }

    @Test
    void another_organisation_gets_the_same_not_found_as_for_a_contract_that_does_not_exist() throws Exception {
        MockHttpServletResponse theirs = fetch(DocumentLinks.versionUrl(bookkeeping, 3), "marc.petit");
        MockHttpServletResponse none = fetch(DocumentLinks.versionUrl(UUID.randomUUID(), 3), "marc.petit");
        MockHttpServletResponse noAmendment = fetch(DocumentLinks.amendmentUrl(bookkeeping, 1), "claire.martin");

        assertThat(theirs.getStatus()).isEqualTo(404);
        assertThat(none.getStatus()).isEqualTo(404);
        assertThat(theirs.getContentAsString())
                .isEqualTo(none.getContentAsString())
                .doesNotContain("AV-2026-001");
        assertThat(noAmendment.getStatus()).isEqualTo(404);
    }

    @Test
    void a_kept_file_goes_to_members_as_what_it_is_and_to_nobody_else() throws Exception {
        byte[] content =
                ("%PDF-1.4\n% annexe " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
        KeptFile kept = TestAccounts.as("lea.bernard", () -> files.add(bookkeeping, "Annexe tarifaire.pdf", content));
        String url = DocumentLinks.fileUrl(bookkeeping, kept.id());

        MockHttpServletResponse member = fetch(url, "paul.durand");
        MockHttpServletResponse outsider = fetch(url, "marc.petit");

        assertThat(member.getStatus()).isEqualTo(200);
        assertThat(member.getContentAsByteArray()).isEqualTo(content);
        assertThat(member.getContentType()).isEqualTo("application/pdf");
        assertThat(member.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(member.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("Annexe");
        assertThat(outsider.getStatus()).isEqualTo(404);
        assertThat(outsider.getContentAsString()).doesNotContain("Annexe");
    }

    @Test
    void a_scope_item_document_goes_only_to_members_and_only_when_the_terms_name_it() throws Exception {
        byte[] content =
                ("%PDF-1.4\n% procédure " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
        ScopeAttachment kept =
                TestAccounts.as("paul.durand", () -> scopeDocuments.keep(bookkeeping, "Procédure.pdf", content));
        String url = DocumentLinks.scopeFileUrl(bookkeeping, kept.sha256());

        assertThat(fetch(url, "paul.durand").getStatus())
                .as("stored, but named by no version nor revision yet")
                .isEqualTo(404);
        TestAccounts.as("paul.durand", () -> {
            UUID request = changeRequests.propose(
                    bookkeeping, new NewChangeRequest("Procédure", "Écrite", ObjectiveKind.RELIABILITY));
            var detail = changeRequests.detail(request);
            var terms = detail.proposed();
            changeRequests.revise(
                    request,
                    detail.version(),
                    terms.withScopeItem(terms.scopeItems().getFirst().withAttachments(java.util.List.of(kept))),
                    "");
        });

        MockHttpServletResponse member = fetch(url, "lea.bernard");
        assertThat(member.getStatus()).isEqualTo(200);
        assertThat(member.getContentAsByteArray()).isEqualTo(content);
        assertThat(member.getHeader("Content-Disposition")).contains("Proc");
        assertThat(fetch(url, "marc.petit").getStatus()).isEqualTo(404);
        assertThat(fetch(DocumentLinks.scopeFileUrl(bookkeeping, "..%2F..%2Fetc"), "paul.durand")
                        .getStatus())
                .isIn(400, 404);
    }

    @Test
    void a_visitor_not_signed_in_is_sent_to_sign_in() throws Exception {
        MockHttpServletResponse response = fetch(DocumentLinks.versionUrl(bookkeeping, 1), null);

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void a_malformed_address_is_a_client_error_not_a_crash() throws Exception {
        assertThat(fetch("/documents/contracts/not-a-uuid/versions/1.pdf", "claire.martin")
                        .getStatus())
                .isEqualTo(400);
        assertThat(fetch("/documents/contracts/" + bookkeeping + "/versions/x.pdf", "claire.martin")
                        .getStatus())
                .isEqualTo(400);
    }
}
