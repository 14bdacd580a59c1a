package org.zwgk.catalogue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The floors: the least a program must do to have read a file at all, which a check can be no faster than.
 * Jackson parsing JSON into a tree; POI's event API (SAX over the sheet XML, strings from the read-only
 * shared-strings table) visiting every cell of a workbook, formatted as Excel shows it.
 */
public final class Floors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Floors() {
    }

    /** Reads {@code file} and parses it into a Jackson tree. */
    public static JsonNode parseJson(Path file) {
        try {
            return JSON.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Visits every cell of every sheet of the .xlsx {@code file}; returns the number of characters seen. */
    public static long visitXlsx(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            CellCounter counter = new CellCounter();
            Iterator<InputStream> sheets = reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, counter, new DataFormatter(),
                            false));
                    xml.parse(new InputSource(sheet));
                }
            }
            return counter.chars;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** Counts what it is shown, so that no cell's text can be optimised away. */
    private static final class CellCounter implements XSSFSheetXMLHandler.SheetContentsHandler {
        long chars;

        @Override
        public void startRow(int rowNum) {
            chars++;
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            chars += formattedValue.length();
        }
    }
}
