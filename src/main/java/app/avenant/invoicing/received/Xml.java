package app.avenant.invoicing.received;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reading an invoice's XML safely and simply: no DTD, no external entity or schema fetched (a received file is
 * untrusted), and elements found by their local names, whatever prefixes the sender chose.
 */
final class Xml {

    private Xml() {}

    static Document parse(byte[] content) {
        try {
            // the JDK's own parser, whatever else is on the class path, so that the features below are honoured
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // the parser's errors are the exception below, not lines on the console
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(content));
        } catch (SAXParseException e) {
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                throw new UnreadableInvoiceException("invoicing.received.error.doctype");
            }
            throw new UnreadableInvoiceException(
                    "invoicing.received.error.xml", e.getLineNumber(), e.getColumnNumber());
        } catch (SAXException | IOException e) {
            throw new UnreadableInvoiceException("invoicing.received.error.xml", 1, 1);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser refuses its secure settings", e);
        }
    }

    /** The first element down this path of local names, or null. */
    static @Nullable Element child(@Nullable Element parent, String... path) {
        Element at = parent;
        for (String name : path) {
            if (at == null) {
                return null;
            }
            at = first(at, name);
        }
        return at;
    }

    /** Every child of {@code parent} with that local name, in order. */
    static List<Element> children(@Nullable Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    /** The trimmed text down this path, or null when absent or blank. */
    static @Nullable String text(@Nullable Element parent, String... path) {
        return text(child(parent, path));
    }

    static @Nullable String text(@Nullable Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    /** An attribute of an element, or null when absent or blank. */
    static @Nullable String attribute(@Nullable Element element, String name) {
        if (element == null) {
            return null;
        }
        String value = element.getAttribute(name).strip();
        return value.isEmpty() ? null : value;
    }

    private static @Nullable Element first(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
