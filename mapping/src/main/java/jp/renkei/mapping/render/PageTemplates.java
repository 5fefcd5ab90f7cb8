package jp.renkei.mapping.render;

import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Thymeleaf templates of the printable pages (templates/*.xhtml). XML mode, so that every page is well-formed
 * XHTML that openhtmltopdf can read as it is; th:text escapes, only narratives go in with th:utext. The engine
 * parses and caches each template once, and is thread-safe.
 */
final class PageTemplates {

    private final TemplateEngine engine = new TemplateEngine();

    PageTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PageTemplates.class.getClassLoader());
        resolver.setPrefix("jp/renkei/mapping/render/templates/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    String render(String template, Map<String, Object> variables) {
        return engine.process(template, new Context(Locale.JAPAN, variables));
    }
}
