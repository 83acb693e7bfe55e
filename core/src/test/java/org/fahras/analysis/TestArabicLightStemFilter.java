package org.fahras.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

/** One test per step of {@link ArabicLightStemmer}, through {@link ArabicLightStemFilter}. */
public class TestArabicLightStemFilter extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        return new TokenStreamComponents(
            source, new ArabicLightStemFilter(new ArabicNormalizationFilter(source)));
      }
    };
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  private void check(String input, String expected) throws IOException {
    checkOneTerm(analyzer, input, expected);
  }

  public void testShortTermUntouched() throws IOException {
    check("بك", "بك");
  }

  public void testArticle() throws IOException {
    check("الكتاب", "كتاب");
    check("الرياض", "رياض");
  }

  public void testArticleWithProclitics() throws IOException {
    check("والكتاب", "كتاب");
    check("بالكتاب", "كتاب");
    check("فالكتاب", "كتاب");
    check("كالكتاب", "كتاب");
    check("للكتاب", "كتاب");
    check("وبالكتاب", "كتاب");
    check("بالرياض", "رياض");
  }

  public void testEnclitics() throws IOException {
    check("كتابهم", "كتاب");
    check("كتابها", "كتاب");
    check("كتابنا", "كتاب");
    check("بيته", "بيت");
    check("والدها", "والد");
  }

  public void testPluralAndDualEndings() throws IOException {
    check("المسلمين", "مسلم");
    check("شهرين", "شهر");
  }

  public void testConstructPlural() throws IOException {
    check("لاعبو", "لاعب");
    check("مسؤولو", "مسءول");
    check("يدعو", "دعو"); // the imperfect ي goes, the و stays: دعو, not دع
  }

  public void testTehMarbutaRestoredBeforePronoun() throws IOException {
    check("سيارته", "سياره");
    check("سيارة", "سياره");
  }

  public void testTehMarbutaRestoredFromFemininePlural() throws IOException {
    check("الولايات", "ولايه");
    check("ولاية", "ولايه");
  }

  public void testFeminineDualBeforeVerbLikeStem() throws IOException {
    // ساعت, قضيت, غارت are verb forms in the lexicon; a dual ending follows a teh marbuta noun
    check("ساعتين", "ساعه");
    check("قضيتين", "قضيه");
    check("غارتين", "غاره");
    check("ساعتان", "ساعه");
  }

  public void testTehMarbutaRestoredCountsTowardTheStem() throws IOException {
    // the stem with its ة put back has 3 letters, the minimum: جهه+ه, لغه+ات, سنه+تين
    check("جهته", "جهه");
    check("لغات", "لغه"); // not the verb لغا + ت
    check("سنتين", "سنه"); // not سنت
    check("مرتين", "مره");
    check("فئات", "فءه");
    check("صفاتها", "صفه");
  }

  public void testTehMarbutaWrittenAsHehIsTheSameWord() throws IOException {
    // informal writing (and many search queries) puts ه for ة: شركه is شركة "company", not شرك
    // "polytheism" + ه, so a lexicon word ending in ه stays whole whichever letter was written
    check("شركه", "شركه");
    check("شركة", "شركه");
    check("مدرسه", "مدرسه"); // not مدرس "teacher"
    check("جامعه", "جامعه"); // not جامع "mosque"
    check("منطقه", "منطقه"); // not منطق "logic"
    check("عمره", "عمره"); // "his age" and "umrah" share the term, as they share the spelling
    check("جده", "جده"); // Jeddah written with ه: not جد + ه
    check("نفسه", "نفسه");
  }

  public void testStemIsNeverSpelledLikeAStopword() throws IOException {
    // a suffix or the article is not cut when what is left is a function word: غيرت is not غير
    // "other than", فقدت not فقد "so has", البعد "the distance" not بعد "after"
    check("غيرت", "غيرت");
    check("فقدت", "فقدت");
    check("حولت", "حولت");
    check("البعد", "البعد");
    check("الوهم", "الوهم"); // not وهم "and they"
    check("بالبعد", "البعد");
    check("ومعنى", "معني"); // not ومع "and with" + ني, but و + the noun
    check("وكيفية", "كيفيه");
    check("كانوا", "كانوا"); // كان + وا: whole, and not ك + انوا either
    check("قبلها", "قبلها"); // قبل + ها: whole, and not قبله + ا either
    check("فقدت", "فقدت"); // not ف + قدت: after ف only a noun is read
    check("وغيرت", "غيرت"); // و + غيرت, not وغير + ت
    check("وقبلت", "قبلت");
    check("وبعد", "وبعد"); // a stopword after a proclitic is left to the stopword list
  }

  public void testTanweenAlef() throws IOException {
    check("قريبا", "قريب");
  }

  public void testListedPluralToSingular() throws IOException {
    check("سيارات", "سياره");
  }

  public void testListedPluralAfterArticleGivesItsSingular() throws IOException {
    check("السيارات", "سياره"); // as سيارات: the article does not block step 2's plural ات
    check("القارات", "قاره");
    check("القارة", "قاره");
  }

  public void testProcliticBeforeArticleKeepsTheArticleAnalysis() throws IOException {
    // و ب لل before the article give what the article form gives, not و + a suffix reading
    // of الوقت (الوق + ت) or ل + a suffix reading of لوقت (لوق + ت)
    check("الوقت", "وقت");
    check("والوقت", "وقت");
    check("بالوقت", "وقت");
    check("وبالوقت", "وقت");
    check("للوقت", "وقت");
    check("والقوات", "قوات");
    check("للقوات", "قوات");
    check("والألعاب", "العاب"); // as الألعاب, not عاب
  }

  public void testLamWordAfterLamProclitic() throws IOException {
    // ل + the article + a word that starts with ل is written with two lams: للجنه, للاعب
    check("للجنة", "لجنه");
    check("للاعب", "لاعب");
    check("للاعبين", "لاعب");
    check("للغاية", "غايه"); // لغايه is no word: ل + الغاية
  }

  public void testSuffixReadingWhenArticleLeavesTwoLetters() throws IOException {
    check("وكالات", "وكاله"); // not و + ال + ات
    check("والده", "والد"); // not و + ال + ده
  }

  public void testImperfectVerbPrefix() throws IOException {
    check("يربط", "ربط");
    check("نربط", "ربط");
    check("تربط", "ربط");
    check("ربط", "ربط");
  }

  public void testImperfectOfDerivedFormMeetsItsPast() throws IOException {
    // no word is left by dropping ي: the prefix becomes the alef of the form VIII or X past
    check("يجتمع", "اجتمع");
    check("اجتمع", "اجتمع");
    check("تستخدم", "استخدم");
    check("استخدم", "استخدم");
    check("ينتظرون", "انتظر");
  }

  public void testImperfectOfFormsSevenEightTenBeforeDroppingThePrefix() throws IOException {
    // نطلق "we release" and ختتم are lexicon words too, but the shape is form VII or VIII
    check("ينطلق", "انطلق");
    check("يختتم", "اختتم");
    check("يتطلب", "تطلب"); // form V: the past is the stem itself
    check("يناقش", "ناقش"); // form III, not form VII
  }

  public void testFuturePrefix() throws IOException {
    check("سيعقد", "عقد");
    check("وسيعقد", "عقد");
    check("سيعقدون", "عقد");
    check("ستنطلق", "انطلق");
    check("سيارة", "سياره"); // a lexicon noun
    check("سيناء", "سيناء"); // a listed name
    check("سيدتين", "سيدتين"); // a dual ending after ت is a noun's: not س + يدت + ين
    check("السيدتين", "سيدتين"); // and a term with the article is no future verb
  }

  public void testThreeLetterImperfectInTehMeetsItsYehForm() throws IOException {
    check("تقع", "يقع");
    check("يقع", "يقع");
    check("تصل", "يصل");
    check("تمت", "تمت"); // a past tense with the feminine ت, not the imperfect يمت
    check("تمر", "تمر"); // a noun ("dates")
  }

  public void testArticleNeverBeforeAnImperfectVerb() throws IOException {
    check("التهاب", "التهاب"); // a form VIII masdar, not ال + تهاب "you fear"
    check("الالتهاب", "التهاب");
  }

  public void testListedNameIsNoImperfectVerb() throws IOException {
    check("اليابان", "يابان");
    check("يابان", "يابان");
  }

  /** Ayaspell lists these as nouns or names too: their ت or ي is part of the word. */
  public void testDictionaryNounIsNoImperfectVerb() throws IOException {
    check("التمور", "تمور"); // dates, not مور
    check("تحصين", "تحصين");
    check("تلوث", "تلوث");
    check("تراجع", "تراجع"); // decline, not راجع
    check("تركيا", "تركيا");
    check("يوم", "يوم");
    check("يربطهم", "ربط"); // a verb form only: still cut
  }

  public void testImperfectPrefixNeverLeavesAStopword() throws IOException {
    check("يحول", "يحول"); // not حول "around"
    check("يرفض", "رفض");
  }

  public void testPlaceAndItsNisbaAreOneTerm() throws IOException {
    check("مصر", "مصر");
    check("المصري", "مصر");
    check("المصرية", "مصر");
    check("المصريين", "مصر");
  }

  public void testPlaceInAlefAndItsNisba() throws IOException {
    check("فرنسا", "فرنسا");
    check("الفرنسي", "فرنسا");
    check("الفرنسية", "فرنسا");
  }

  public void testPlaceInYehAlefAndItsNisba() throws IOException {
    check("روسيا", "روسي");
    check("الروسية", "روسي");
    check("السعودية", "سعودي");
  }

  public void testNisbaSpelledLikeAnAlefMaqsuraWordJoinsItsPlace() throws IOException {
    // Ayaspell's عراقى folds to عراقي; written with ى it is another word, so Iraq keeps its nisba
    check("العراقي", "عراق");
    check("العراقية", "عراق");
    check("العراق", "عراق");
  }

  /** A place whose name looks like a plural in ات keeps it: the UAE is not إمارة "emirate". */
  public void testPlaceKeepsItsPluralLookingName() throws IOException {
    check("الإمارات", "امارات");
    check("بالإمارات", "امارات");
    check("الإماراتية", "امارات");
    check("الإمارة", "اماره");
    check("السيارات", "سياره"); // a common noun's plural still meets its singular
  }

  public void testListedNisbaJoinsItsPlace() throws IOException {
    check("أوروبا", "اوربي"); // Ayaspell lists أوربي after أوروبا
    check("الأوروبي", "اوربي");
  }

  public void testNisbaThatIsAGivenNameStaysApart() throws IOException {
    check("تركيا", "تركيا");
    check("تركي", "تركي"); // the given name Turki
  }

  public void testNisbaThatIsAnotherWordStaysApart() throws IOException {
    check("مجرى", "مجري"); // "course", not المجر "Hungary"
    check("المجر", "مجر");
    check("الرياضي", "رياضي"); // "sporting", not الرياض
  }

  public void testArticleBeforeTwoLetterWord() throws IOException {
    check("الحج", "حج");
    check("بالحج", "حج");
    check("للحج", "حج");
    check("اليد", "يد");
  }

  public void testArticleBeforeListedTwoLetterNoun() throws IOException {
    // Ayaspell lists الحق, الحد, الفن whole (the form IV verbs ألحق, ألحد after hamza folding); the
    // article still goes, as for الحج, so that the noun meets its indefinite form
    check("الحق", "حق");
    check("الحد", "حد");
    check("والفن", "فن");
    check("بالحد", "حد");
    check("الأخ", "اخ");
    check("الاف", "الاف"); // آلاف "thousands" typed without madda, as آلاف itself gives; not ال + أف
    check("آلاف", "الاف");
    check("اليه", "اليه"); // إليه "to him", آلية "mechanism": يه is no noun
    check("القى", "القي"); // ألقى "he threw": قي is listed as a verb only
  }

  public void testArticleNotCutToAStopword() throws IOException {
    check("الفي", "الفي"); // ألفي "two thousand", not ال+في
  }

  public void testProcliticBeforeListedPlural() throws IOException {
    check("وسيارات", "سياره");
  }

  public void testParticipleWithNunAlefIsNoVerb() throws IOException {
    check("ناشط", "ناشط");
    check("ناطق", "ناطق");
    check("نربط", "ربط");
  }

  public void testConstructPluralHasNoArticle() throws IOException {
    check("والجو", "جو");
  }

  public void testTehMarbutaNounIsNotAVerb() throws IOException {
    check("نسبة", "نسبه");
    check("نتيجة", "نتيجه");
  }

  public void testShortestProcliticPreferred() throws IOException {
    check("وكلمة", "كلمه");
    check("وكتبهم", "كتب");
    check("وبالكتاب", "كتاب");
  }

  public void testTehInitialNounIsNotAVerb() throws IOException {
    check("تعليم", "تعليم");
    check("التعليم", "تعليم");
  }

  public void testNamesWithProcliticLikeFirstLetter() throws IOException {
    check("وليد", "وليد");
    check("وزير", "وزير");
    check("وصول", "وصول");
    check("واشنطن", "واشنطن");
    check("لبنان", "لبنان");
    check("عمان", "عمان");
  }

  public void testNamesWithSuffixLikeEnding() throws IOException {
    check("بوتين", "بوتين");
    check("حسين", "حسين");
    check("حسان", "حسان");
    check("سليمان", "سليمان");
    check("الكرملين", "كرملين");
  }

  public void testPluralOrDualEndingNeedsANounOrImperfectVerb() throws IOException {
    // ون ين ان after a verb-only stem without an imperfect prefix are a name's own letters
    check("براون", "براون"); // not the verb form برا
    check("شيرين", "شيرين"); // not شير
    check("جيسون", "جيسون");
    check("ليكون", "كون"); // ل + يكون, not ليك + ون
    check("يعملون", "عمل"); // a verb with its imperfect prefix keeps its ending rule
    check("شهرين", "شهر"); // a noun's dual
    check("الفنيين", "فني"); // a nisba's plural
  }

  public void testProcliticBeforeListedName() throws IOException {
    check("لبوتين", "بوتين");
    check("وبوتين", "بوتين");
  }

  public void testUnknownWordKeepsItsEnding() throws IOException {
    check("زنغولين", "زنغولين");
  }

  public void testUnknownWordLosesArticle() throws IOException {
    check("الزنغولين", "زنغولين");
  }

  /** An ال whose rest is no word and gives none may begin the word itself: read it whole. */
  public void testArticleThatLeavesNoWordBeginsTheWord() throws IOException {
    check("الكترونية", "الكتروني"); // إلكترونية written without hamza, not ال+كترونيه
    check("الإلكترونية", "الكتروني");
    check("البيت", "بيت"); // the article, where the rest is a word
    check("الزنغولين", "زنغولين"); // no analysis either way: the article goes (step 7)
  }

  /** أل, إل, آل are never the article (its alef takes no hamza): the ال stays in the stem. */
  public void testHamzatedAlefLamIsPartOfTheWord() throws IOException {
    check("ألعاب", "العاب"); // not عاب
    check("الألعاب", "العاب");
    check("ألعابهم", "العاب");
    check("أَلْعاب", "العاب"); // harakat between alef and lam
    check("إلهام", "الهام"); // not هام "important"
    check("الإلهام", "الهام");
    check("آليات", "اليه"); // a listed ات plural gives its singular, as الآلية
    check("ألبومات", "البوم"); // no lexicon analysis: only ات goes, as from الألبومات
    check("الألبومات", "البوم");
    check("العاب", "عاب"); // written without hamza the article reading stays
  }

  /** A proclitic written on a word that begins أل, إل or آل goes, and the word keeps its ال. */
  public void testProcliticBeforeHamzatedAlefLam() throws IOException {
    check("وألعاب", "العاب"); // و + ألعاب, not و+ال+عاب
    check("لألعاب", "العاب");
    check("للألعاب", "العاب"); // ل + the article (its alef dropped) + ألعاب, as الألعاب
    check("وللألعاب", "العاب");
    check("بإلغاء", "الغاء"); // not بال + غاء
    check("وبإلغاء", "الغاء");
    check("فإلهام", "الهام"); // not هام
    check("والعاب", "عاب"); // written without hamza the article reading stays
    check("فأل", "فال"); // فأل "omen": nothing follows the lam, so its ف is no proclitic
  }

  public void testHamzatedAndPlainSpellingsAreCachedApart() throws IOException {
    // the same normalized text (العاب) stems two ways: the filter's stem cache must not mix them
    assertAnalyzesTo(analyzer, "ألعاب العاب ألعاب العاب", new String[] {"العاب", "عاب", "العاب", "عاب"});
    assertAnalyzesTo(analyzer, "العاب ألعاب العاب ألعاب", new String[] {"عاب", "العاب", "عاب", "العاب"});
  }

  /** A past verb's feminine ت goes when Ayaspell lists the form with it as a word of its own. */
  public void testFemininePastMeetsTheMasculine() throws IOException {
    check("أكدت", "اكد");
    check("وأكدت", "اكد");
    check("أعلنت", "اعلن");
    check("بدأت", "بدا");
    check("أثبت", "اثبت"); // its ت is a root letter: Ayaspell lists أثبتت
    check("التفت", "التفت");
    check("يثبت", "ثبت"); // an imperfect: the prefix goes, not a ت
  }

  /** مائة, the traditional spelling with a silent alef, is مئة. */
  public void testHundredWithSilentAlef() throws IOException {
    check("مائة", "مءه");
    check("مئة", "مءه");
    check("بالمائة", "مءه");
    check("مائتين", "مءه");
    check("ثلاثمائة", "ثلاثمءه");
  }

  /** A cardinal 3-10 with or without its ة (the polarity of Arabic numerals) is one number. */
  public void testCardinalWithAndWithoutTehMarbuta() throws IOException {
    check("ثلاثة", "ثلاث");
    check("ثلاث", "ثلاث");
    check("الثلاثة", "ثلاث");
    check("وخمسة", "خمس");
    check("عشرة", "عشر");
  }

  public void testHamzatedAlefLamInDecomposedOrMarkedText() throws IOException {
    check("\u0627\u0654\u0644\u0639\u0627\u0628", "العاب"); // ا + combining hamza above (NFD of ألعاب)
    check("\u0627\u0655\u0644\u0647\u0627\u0645", "الهام"); // ا + combining hamza below (NFD of إلهام)
    check("\u200Fألعاب", "العاب"); // a right-to-left mark before the word
    check("أـلعاب", "العاب"); // tatweel between alef and lam
    check("أٌلعاب", "العاب"); // any mark normalization removes (tanween) between them
  }

  public void testKeyword() throws IOException {
    CharArraySet exclusions = new CharArraySet(List.of("الكتاب"), false);
    Analyzer keywords = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        return new TokenStreamComponents(source,
            new ArabicLightStemFilter(new SetKeywordMarkerFilter(source, exclusions)));
      }
    };
    checkOneTerm(keywords, "الكتاب", "الكتاب");
    keywords.close();
  }

  public void testEmptyTerm() throws IOException {
    Analyzer keyword = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, new ArabicLightStemFilter(source));
      }
    };
    checkOneTerm(keyword, "", "");
    keyword.close();
  }

  public void testRandomStrings() throws Exception {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }
}
