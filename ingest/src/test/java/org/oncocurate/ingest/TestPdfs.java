package org.oncocurate.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDFs for tests: the seed corpus of the repository, and small files made on the spot. */
public final class TestPdfs {
    private TestPdfs() {
    }

    public static Path seed(String name) {
        return Path.of(System.getProperty("oncocurate.seed.dir", "../corpus/seed")).resolve(name);
    }

    public static byte[] seedBytes(String name) throws IOException {
        return Files.readAllBytes(seed(name));
    }

    /** A one-page PDF whose page shows {@code text}. */
    public static byte[] withText(String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            addTextPage(document, text);
            return save(document);
        }
    }

    /** A PDF that opens only with a user password. */
    public static byte[] encrypted(String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            addTextPage(document, text);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        }
    }

    /** A PDF with pages but no text at all. */
    public static byte[] blankPages(int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            return save(document);
        }
    }

    /** Starts like a PDF, then is nothing but noise. */
    public static byte[] corrupt() {
        byte[] bytes = new byte[4096];
        byte[] header = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        for (int i = header.length; i < bytes.length; i++) {
            bytes[i] = (byte) ((i * 131) ^ 0x5a);
        }
        return bytes;
    }

    /**
     * A small file whose page content decompresses to one string of {@code megabytes} MiB: reading its text needs
     * that much memory at once.
     */
    public static byte[] memoryBomb(int megabytes) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDStream stream = new PDStream(document);
            try (OutputStream content = stream.createOutputStream(COSName.FLATE_DECODE)) {
                content.write("BT /F1 12 Tf 72 700 Td (".getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = new byte[1024 * 1024];
                Arrays.fill(chunk, (byte) 'A');
                for (int i = 0; i < megabytes; i++) {
                    content.write(chunk);
                }
                content.write(") Tj ET".getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(stream);
            return save(document);
        }
    }

    /**
     * A small file whose page shows one image of {@code side} x {@code side} RGB pixels, all black, deflated: drawing
     * it decodes {@code 3 side²} bytes.
     */
    public static byte[] imageBomb(int side) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            ByteArrayOutputStream deflated = new ByteArrayOutputStream();
            try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(9))) {
                byte[] row = new byte[side * 3];
                for (int y = 0; y < side; y++) {
                    out.write(row);
                }
            }
            PDImageXObject image = new PDImageXObject(document, new ByteArrayInputStream(deflated.toByteArray()),
                    COSName.FLATE_DECODE, side, side, 8, PDDeviceRGB.INSTANCE);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 72, 72, 400, 400);
            }
            return save(document);
        }
    }

    private static void addTextPage(PDDocument document, String text) throws IOException {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText(text);
            content.endText();
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
