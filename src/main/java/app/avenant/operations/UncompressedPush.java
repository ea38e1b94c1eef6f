package app.avenant.operations;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The push WebSocket of an open page is opened without per-message compression (issue 13, points 2 and 3; decision
 * 0041). Browsers ask for {@code permessage-deflate}, and Tomcat then gives each WebSocket a compressor and a
 * decompressor of its own for the page's whole life: about 300 KB of native memory and 4 KB of heap per open page,
 * and a compression of every message for every page it is pushed to (a comment seen by 500 pages was compressed
 * 500 times). Push messages are a few kilobytes of JSON; sent as they are, they cost more bytes on the network and
 * nothing else. The browser's request for the extension is withdrawn before Tomcat answers the upgrade, so the
 * WebSocket is negotiated without it; nothing else is touched.
 */
@Configuration(proxyBeanMethods = false)
class UncompressedPush {

    static final String EXTENSIONS_HEADER = "Sec-WebSocket-Extensions";
    static final String PUSH_PATH = "/VAADIN/push";

    @Bean
    TomcatContextCustomizer pushWithoutCompression() {
        return context -> context.getPipeline().addValve(new WithoutExtensions());
    }

    /** Withdraws the WebSocket extensions a browser asks for when it opens the push connection. */
    static final class WithoutExtensions extends ValveBase {

        WithoutExtensions() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            String uri = request.getRequestURI();
            if (uri != null && uri.endsWith(PUSH_PATH)) {
                request.getCoyoteRequest().getMimeHeaders().removeHeader(EXTENSIONS_HEADER);
            }
            getNext().invoke(request, response);
        }
    }
}
