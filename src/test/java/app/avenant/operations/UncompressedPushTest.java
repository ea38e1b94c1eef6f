package app.avenant.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.junit.jupiter.api.Test;

class UncompressedPushTest {

    private final List<String> extensionsSeen = new ArrayList<>();

    @Test
    void the_push_connection_is_opened_without_the_compression_the_browser_asks_for() throws Exception {
        pass("/VAADIN/push");

        assertThat(extensionsSeen).containsExactly("(none)");
    }

    @Test
    void other_requests_keep_their_headers() throws Exception {
        pass("/VAADIN/other");

        assertThat(extensionsSeen).containsExactly("permessage-deflate; client_max_window_bits");
    }

    private void pass(String uri) throws Exception {
        org.apache.coyote.Request coyote = new org.apache.coyote.Request();
        coyote.requestURI().setString(uri);
        coyote.getMimeHeaders()
                .addValue(UncompressedPush.EXTENSIONS_HEADER)
                .setString("permessage-deflate; client_max_window_bits");
        Request request = new Request(new Connector(), coyote);

        UncompressedPush.WithoutExtensions valve = new UncompressedPush.WithoutExtensions();
        valve.setNext(new ValveBase() {
            @Override
            public void invoke(Request next, Response response) {
                String header = next.getHeader(UncompressedPush.EXTENSIONS_HEADER);
                extensionsSeen.add(header == null ? "(none)" : header);
            }
        });
        valve.invoke(request, null);
    }
}
