package org.zwgk.catalogue.io.internal.source.ooxml;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.io.internal.LimitExceeded;

/**
 * The JDK's SAX parser as every package part is read: secure processing on, no external entities, no external
 * DTD, and any DOCTYPE refused ({@code io.xml-dtd}) before its internal subset is read, which also rules out entity
 * expansion (billion laughs). A fatal error fails the parse without the parser's default printing to stderr.
 */
public final class SecureSax {

    private static final SAXParserFactory FACTORY = factory();

    private SecureSax() {
    }

    /** Parses {@code in}, the part {@code part} of {@code file}, into {@code handler}. */
    public static void parse(InputStream in, DefaultHandler2 handler, String file, String part)
            throws IOException, SAXException {
        XMLReader reader;
        try {
            reader = FACTORY.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        DtdGuard guard = new DtdGuard(file, part);
        reader.setContentHandler(handler);
        reader.setProperty("http://xml.org/sax/properties/lexical-handler", guard);
        reader.setProperty("http://xml.org/sax/properties/declaration-handler", guard);
        reader.setEntityResolver(guard);
        reader.setErrorHandler(guard);
        reader.parse(new InputSource(in));
    }

    /** The problem for a part that declares a DOCTYPE. */
    public static LimitExceeded doctype(String file, String part) {
        return new LimitExceeded(IoMessages.problem("io.xml-dtd", OoxmlPackage.at(file, part), part));
    }

    private static SAXParserFactory factory() {
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a standard feature", e);
        }
    }

    /** Refuses any DOCTYPE (reported before its internal subset is read) and never resolves an entity. */
    private static final class DtdGuard extends DefaultHandler2 {
        private final String file;
        private final String part;

        DtdGuard(String file, String part) {
            this.file = file;
            this.part = part;
        }

        @Override
        public void startDTD(String name, String publicId, String systemId) {
            throw doctype(file, part);
        }

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId) {
            throw doctype(file, part);
        }
    }
}
