package org.zwgk.catalogue.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zwgk.catalogue.io.LayoutVariantsTest.FLAT_HEADER;
import static org.zwgk.catalogue.io.NationalLayoutTest.CITY;
import static org.zwgk.catalogue.io.NationalLayoutTest.FORMED;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Problem;

/**
 * Input that is not a readable catalogue never ends in a stack trace or a silently empty catalogue: a file that
 * cannot be read fails with one located, bilingual problem; a bad row or cell is reported and the other rows are
 * still read.
 */
class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsReportedAsEmpty() {
        assertUnreadable(new byte[0], "empty.csv", "io.empty-file");
        assertUnreadable(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\r', '\n'}, "blank.csv",
                "io.empty-file");
    }

    @Test
    void binaryContentThatIsNoWorkbookIsAnUnknownFormat() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertUnreadable(png, "scan.xlsx", "io.unknown-format");
    }

    @Test
    void aCorruptOrTruncatedWorkbookIsReportedAsCorrupt() {
        assertUnreadable(new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, "corrupt.xlsx",
                "io.corrupt-workbook");
        byte[] xlsx = NationalLayoutTest.nationalWorkbook();
        assertUnreadable(Arrays.copyOf(xlsx, xlsx.length / 2), "truncated.xlsx", "io.corrupt-workbook");
        byte[] xls = WorkbookFixture.xls("目录").row(FLAT_HEADER).bytes();
        assertUnreadable(Arrays.copyOf(xls, 600), "truncated.xls", "io.corrupt-workbook");
    }

    @Test
    void anEncryptedXlsxIsReportedAsEncrypted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("目录2020");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(NationalLayoutTest.nationalWorkbook()));
                    OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(out);
        }
        Problem p = assertUnreadable(out.toByteArray(), "protected.xlsx", "io.encrypted-workbook");
        assertThat(p.message(Locale.SIMPLIFIED_CHINESE)).contains("加密");
        assertThat(p.message(Locale.ENGLISH)).contains("encrypted");
    }

    @Test
    void anEncryptedXlsIsReportedAsEncrypted() {
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        byte[] xls;
        try {
            xls = WorkbookFixture.xls("目录").row(FLAT_HEADER).bytes();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertUnreadable(xls, "protected.xls", "io.encrypted-workbook");
    }

    @Test
    void aFileWithoutACatalogueHeaderIsNotACatalogue() {
        byte[] sales = WorkbookFixture.xlsx("销售").row("月份", "销售额", "备注").row("1月", "1000", "").bytes();
        Problem p = assertUnreadable(sales, "sales.xlsx", "io.no-header");
        assertThat(p.message(Locale.ENGLISH)).contains("header");
        assertUnreadable("姓名,电话\n张三,123\n".getBytes(StandardCharsets.UTF_8), "contacts.csv", "io.no-header");
        assertUnreadable("<html><body><p>本页无表格</p></body></html>".getBytes(StandardCharsets.UTF_8), "page.html",
                "io.no-table");
        assertUnreadable("<html><body><table><tr><td>姓名</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8), "people.html", "io.no-header");
    }

    @Test
    void aHeaderWithoutRowsIsReportedNotSilentlyEmpty() throws Exception {
        ReadResult result = WorkbookFixture.read(WorkbookFixture.xlsx("目录").row(FLAT_HEADER).bytes(), "template.xlsx");
        assertThat(result.catalogue().categories()).isEmpty();
        assertThat(result.problems()).extracting(Problem::messageId).containsExactly("io.no-categories");
    }

    @Test
    void anUnreadableCellIsReportedWhereItIsAndTheRestOfTheRowAndTheOtherRowsAreRead() throws Exception {
        byte[] xlsx = WorkbookFixture.xlsx("目录")
                .row(FLAT_HEADER)
                .row("1", "行政许可", "建设项目环境影响评价文件审批", "环评批复", "《环境影响评价法》", "#REF!", CITY, "政府网站", "√", "",
                        "√", "")
                .row("2", "行政许可", "防治污染设施拆除或闲置审批", "审批结果", "", FORMED, CITY, "政府网站", "待定", "", "√", "")
                .row("3", "行政许可", "", "危险废物经营许可证信息公示", "", FORMED, CITY, "政府网站", "√", "", "√", "")
                .row("4", "行政处罚", "行政处罚决定", "行政处罚决定书", "", FORMED, CITY, "政府网站", "√", "", "√", "")
                .bytes();
        ReadResult result = WorkbookFixture.read(xlsx, "bad.xlsx");

        assertThat(result.catalogue().categories()).extracting(Category::name)
                .containsExactly("建设项目环境影响评价文件审批", "防治污染设施拆除或闲置审批", "行政处罚决定");
        assertThat(result.problems()).extracting(Problem::messageId, p -> p.location().toString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("io.bad-cell", "bad.xlsx!目录!F2"),
                org.assertj.core.groups.Tuple.tuple("io.bad-cell", "bad.xlsx!目录!I3"),
                org.assertj.core.groups.Tuple.tuple("io.missing-name", "bad.xlsx!目录!C4"));
        Category eia = result.catalogue().categories().get(0);
        assertThat(eia.deadline()).isEmpty();
        assertThat(eia.isStated(CategoryField.CHANNELS)).isTrue();
        assertThat(result.catalogue().categories().get(1).audience()).isEmpty();
        Problem ref = result.problems().get(0);
        assertThat(ref.arguments()).containsExactly("公开时限", "#REF!");
        assertThat(ref.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("bad.xlsx!目录!F2: [io.bad-cell] 单元格无法读取（公开时限）：“#REF!”，已忽略");
        assertThat(ref.describe(Locale.ENGLISH)).isEqualTo("bad.xlsx!目录!F2: [io.bad-cell] Cannot read the cell (公开时限): \"#REF!\"; ignored");
        assertThat(result.problems().get(1).arguments()).containsExactly("公开对象", "待定");
    }

    @Test
    void anEmptyCitationCellGivesNoCitationAndTheRowIsStillRead() throws Exception {
        // 《》 names no instrument: the model's parser returns no citation for it (it threw before the parser fix
        // that the fuzz campaign found), so the field is simply not stated and the rest of the row is read.
        byte[] xlsx = WorkbookFixture.xlsx("目录").row(FLAT_HEADER)
                .row("1", "行政许可", "建设项目环境影响评价文件审批", "环评批复", "《》", FORMED, CITY, "政府网站", "√", "", "√", "")
                .bytes();
        ReadResult result = WorkbookFixture.read(xlsx, "empty-title.xlsx");

        assertThat(result.catalogue().categories()).hasSize(1);
        Category eia = result.catalogue().categories().get(0);
        assertThat(eia.legalBasis()).isEmpty();
        assertThat(eia.content()).extracting(c -> c.text()).containsExactly("环评批复");
        assertThat(eia.channels()).hasSize(1);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        byte[] padded = inflate(NationalLayoutTest.nationalWorkbook(), "xl/worksheets/sheet1.xml", 1000);
        assertThat(WorkbookFixture.read(padded, "padded.xlsx").catalogue().categories()).hasSize(3);
        byte[] bomb = inflate(NationalLayoutTest.nationalWorkbook(), "xl/worksheets/sheet1.xml", 20_000_000);
        Problem p = assertUnreadable(bomb, "bomb.xlsx", "io.limit.inflate-ratio");
        assertThat(p.location().sheet()).contains("xl/worksheets/sheet1.xml");
    }

    @Test
    void anExternalEntityInAWorkbookIsNeverResolved() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        byte[] xlsx = WorkbookFixture.xlsx("目录").row(FLAT_HEADER)
                .row("1", "行政许可", "XXE", "环评批复", "", FORMED, CITY, "政府网站", "√", "", "√", "").bytes();
        String doctype = "<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] evil = rewrite(xlsx, "xl/sharedStrings.xml", xml -> xml.replaceFirst("\\?>", "?>" + doctype)
                .replace(">XXE<", ">&xxe;<"));
        try {
            ReadResult result = WorkbookFixture.read(evil, "evil.xlsx");
            assertThat(CatalogueJsonText.of(result)).doesNotContain("TOP-SECRET-CONTENT");
        } catch (UnreadableInputException refused) {
            assertThat(refused.problem().messageId()).isEqualTo("io.xml-dtd");
            assertThat(refused.problem().location().sheet()).contains("xl/sharedStrings.xml");
        }
    }

    @Test
    void aFileThatCannotBeOpenedIsReportedWithItsName() {
        // A folder given as a file says so (issue 15: it said only "IOException"), in both languages.
        assertThatThrownBy(() -> CatalogueReader.read(dir))
                .isInstanceOfSatisfying(UnreadableInputException.class, e -> {
                    assertThat(e.problem().messageId()).isEqualTo("io.file-is-directory");
                    assertThat(e.problem().message(java.util.Locale.SIMPLIFIED_CHINESE)).contains("文件夹");
                    assertThat(e.getMessage()).startsWith(dir.toString()).contains("folder");
                });
        Path missing = dir.resolve("无此文件.xlsx");
        assertThatThrownBy(() -> CatalogueReader.read(missing))
                .isInstanceOfSatisfying(UnreadableInputException.class, e -> {
                    assertThat(e.problem().messageId()).isEqualTo("io.file-missing");
                    assertThat(e.problem().message(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("文件不存在");
                    assertThat(e.getMessage()).startsWith(missing.toString());
                });
    }

    @Test
    void everyProblemIsLocatedAndBilingual() throws Exception {
        byte[][] inputs = {new byte[0], {'P', 'K', 3, 4, 9}, "姓名,电话\n".getBytes(StandardCharsets.UTF_8)};
        for (byte[] input : inputs) {
            assertThatThrownBy(() -> WorkbookFixture.read(input, "in.xlsx"))
                    .isInstanceOfSatisfying(UnreadableInputException.class, e -> {
                        Problem p = e.problem();
                        assertThat(p.location().file()).isEqualTo("in.xlsx");
                        assertThat(p.messageZh()).isNotBlank().isNotEqualTo(p.messageEn()).containsPattern("\\p{IsHan}");
                        assertThat(p.messageEn()).isNotBlank().containsPattern("[a-z]{3,}");
                        assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\n");
                    });
        }
    }

    private static Problem assertUnreadable(byte[] bytes, String name, String id) {
        UnreadableInputException e = org.junit.jupiter.api.Assertions.assertThrows(UnreadableInputException.class,
                () -> WorkbookFixture.read(bytes, name));
        assertThat(e.problem().messageId()).isEqualTo(id);
        assertThat(e.problem().location().file()).isEqualTo(name);
        return e.problem();
    }

    /** The workbook with one entry padded with white space (which compresses a thousandfold). */
    private static byte[] inflate(byte[] xlsx, String entry, int spaces) throws IOException {
        return rewrite(xlsx, entry, xml -> xml.replaceFirst("<sheetData", " ".repeat(spaces) + "<sheetData"));
    }

    private static byte[] rewrite(byte[] zip, String entry, java.util.function.UnaryOperator<String> change)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A catalogue's full text, to search it for leaked content. */
    private static final class CatalogueJsonText {
        static String of(ReadResult r) {
            return org.zwgk.catalogue.model.json.CatalogueJson.write(r.catalogue());
        }
    }
}
