package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every page of the sample site passes the W3C Nu HTML Checker, run in-process, with no error. */
class HtmlCheckerTest {

    /** Collects errors; warnings and notes (such as "consider adding lang") are not failures. */
    private static final class Errors implements ErrorHandler {
        final List<String> found = new ArrayList<>();
        String file;

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            found.add(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    @Test
    void everyGeneratedPageOfTheSampleSiteHasNoHtmlError() throws Exception {
        checkAll(SampleSite.atRoot());
    }

    @Test
    void everyPageBuiltUnderASubPathHasNoHtmlErrorEither() throws Exception {
        checkAll(SampleSite.underSubPath());
    }

    @Test
    void theCheckerReportsAPageWithErrors(@TempDir Path folder) throws Exception {
        Path page = folder.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=\"zh-CN\"><head></head><body><p><div>x</p></body></html>");
        Errors errors = check(folder, List.of(page));
        assertFalse(errors.found.isEmpty(), "a page without <title> and with misnested tags must fail");
    }

    private static void checkAll(Path site) throws Exception {
        List<Path> pages = SampleSite.files(site, ".html");
        assertTrue(pages.size() > 20, "the sample site should have many pages, found " + pages.size());
        assertEquals(List.of(), check(site, pages).found, "Nu HTML Checker errors in " + pages.size() + " pages");
    }

    private static Errors check(Path site, List<Path> pages) throws Exception {
        Errors errors = new Errors();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", errors);
        validator.setUpValidatorAndParsers(errors, true, false);
        for (Path page : pages) {
            errors.file = site.relativize(page).toString();
            validator.checkHtmlFile(page.toFile(), true);
        }
        return errors;
    }
}
