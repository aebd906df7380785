package org.oncocurate.ingest.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The citation fields of a PDF's XMP metadata: Dublin Core title and creators, and PRISM's DOI, publication name and
 * dates. Properties may be written as elements or as attributes of rdf:Description; both are read. The XML is parsed
 * with doctypes forbidden, so metadata cannot pull in external entities.
 */
record XmpFields(String title, List<String> creators, String doi, String publicationName, String date) {
    static final XmpFields NONE = new XmpFields(null, List.of(), null, null, null);
    /** Larger metadata than this is not parsed. */
    static final int MAX_BYTES = 1024 * 1024;
    private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
    private static final String PRISM = "prismstandard.org/namespaces";
    private static final int MAX_CREATORS = 200;

    XmpFields {
        creators = List.copyOf(creators);
    }

    /** The fields of an XMP packet; {@link #NONE} when it cannot be parsed. */
    static XmpFields parse(byte[] xmp) {
        if (xmp == null || xmp.length == 0 || xmp.length > MAX_BYTES) {
            return NONE;
        }
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            document = builder.parse(new ByteArrayInputStream(xmp));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return NONE;
        }
        String title = first(values(document, DUBLIN_CORE, "title"));
        List<String> creators = values(document, DUBLIN_CORE, "creator");
        String doi = first(values(document, PRISM, "doi"));
        if (doi == null) {
            doi = first(values(document, DUBLIN_CORE, "identifier"));
        }
        String name = first(values(document, PRISM, "publicationName"));
        String date = first(values(document, PRISM, "coverDate"));
        date = date != null ? date : first(values(document, PRISM, "publicationDate"));
        date = date != null ? date : first(values(document, DUBLIN_CORE, "date"));
        return new XmpFields(title, creators.size() > MAX_CREATORS ? creators.subList(0, MAX_CREATORS) : creators,
                doi, name, date);
    }

    /** The texts of a property: its rdf:li items, or its own text, or the attribute of that name. */
    private static List<String> values(Document document, String namespace, String localName) {
        List<String> values = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength() && values.size() < MAX_CREATORS; i++) {
            Element element = (Element) all.item(i);
            if (localName.equals(element.getLocalName()) && inNamespace(element, namespace)) {
                NodeList items = element.getElementsByTagNameNS("*", "li");
                if (items.getLength() == 0) {
                    add(values, element.getTextContent());
                }
                for (int j = 0; j < items.getLength(); j++) {
                    add(values, items.item(j).getTextContent());
                }
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                Attr attribute = (Attr) attributes.item(j);
                if (localName.equals(attribute.getLocalName()) && inNamespace(attribute, namespace)) {
                    add(values, attribute.getValue());
                }
            }
        }
        return values;
    }

    private static boolean inNamespace(Node node, String namespace) {
        String uri = node.getNamespaceURI();
        return uri != null && uri.toLowerCase(Locale.ROOT).contains(namespace.toLowerCase(Locale.ROOT));
    }

    private static void add(List<String> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value.strip().replaceAll("\\s+", " "));
        }
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }
}
