package org.statementmonitor.enrich.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes original statements of the genre (appeals and letters of civil society organisations about
 * displacement, return and heritage) from a seeded random source: letterhead, date, title, prose
 * paragraphs, an "about us" footer and a signatory list. Statements of one organisation share their
 * letterhead, footer and signatories, as real ones do. British spellings ("colour", "organisation",
 * "internally displaced persons") are used on purpose so the re-spelling copies differ.
 */
public final class StatementFixture {

  /** An organisation with the boilerplate all its statements share. */
  public record Organisation(String name, String letterhead, String aboutUs, List<String> signatories) {}

  private static final String[] SUBJECTS = {
    "The Community", "Our organisation", "The undersigned organisations", "The Board of the Union",
    "Civil society of the region", "The families of the missing", "Women's groups in the camps",
    "Veterans' associations", "Youth councils", "Independent observers", "Local municipalities",
    "The Council of Elders", "Faith communities", "Legal aid clinics", "Returnee committees",
    "Teachers' unions", "Human rights defenders", "Journalists' associations", "Cultural foundations",
    "Medical volunteers", "Displaced farmers", "Refugee associations", "Former residents of the villages",
  };
  private static final String[] VERBS = {
    "strongly condemns", "calls upon", "urges once again", "reminds", "draws the attention of",
    "welcomes the decision of", "expresses deep concern to", "appeals directly to", "demands from",
    "notes with regret the silence of", "requests the assistance of", "thanks", "warns",
    "stands ready to cooperate with", "has repeatedly written to", "informs", "renews its appeal to",
  };
  private static final String[] ADDRESSEES = {
    "the Secretary-General", "the Human Rights Council", "the member states of the United Nations",
    "the European Parliament", "the Special Rapporteur on cultural rights", "the OSCE Minsk Group",
    "the International Committee of the Red Cross", "the Council of Europe", "UNESCO",
    "the Government of Armenia", "the Government of Azerbaijan", "international donors",
    "the UN High Commissioner for Refugees", "the Organisation of Islamic Cooperation",
    "humanitarian agencies", "the international community", "the Committee on Enforced Disappearances",
  };
  private static final String[] PURPOSES = {
    "to ensure the safe and dignified return of", "to protect the property rights of",
    "to account for the fate of", "to restore the cemeteries and mosques of",
    "to clear the landmines that still threaten", "to guarantee the collective rights of",
    "to fund the reconstruction of schools for", "to record the testimonies of",
    "to investigate the crimes committed against", "to end the discrimination suffered by",
    "to recognise the cultural heritage of", "to open archives on the deportation of",
    "to support the reintegration of", "to secure access to water and land for",
    "to document the destroyed settlements of", "to hear the voices of",
  };
  private static final String[] GROUPS = {
    "internally displaced persons", "the expelled Azerbaijanis", "refugee families",
    "the elderly survivors", "the children born in camps", "the former residents of Zangezur",
    "the missing persons and their relatives", "rural communities", "the Meskhetian families",
    "women heads of household", "returning shepherds", "the villagers of the border districts",
    "minority communities", "the victims of the 1988 expulsions",
  };
  private static final String[] CLOSERS = {
    "without further delay", "in accordance with international humanitarian law",
    "within an international process", "before the coming winter", "as a matter of urgency",
    "in line with the Guiding Principles on Internal Displacement", "on the basis of equal rights",
    "in the spirit of reconciliation", "under independent monitoring", "as promised in 2021",
    "in full transparency", "with the participation of the victims", "for the sake of lasting peace",
    "in the colours of their own culture", "as the Geneva Conventions require",
    "in good faith", "despite decades of neglect", "so that history is not repeated",
  };
  private static final String[] FACTS = {
    "More than %d families are still waiting to go home.",
    "In %d, %d houses were destroyed in a single week.",
    "At least %d graves have been desecrated since %d.",
    "Some %d hectares of farmland remain mined after %d years.",
    "A total of %d people are still listed as missing by the commission.",
    "Only %d of the %d promised apartments had been delivered by the end of the year.",
    "The census of %d recorded %d Azerbaijani residents in the district.",
    "Our volunteers collected %d testimonies in %d villages last year.",
  };
  private static final String[] FIRST = {"Aziz", "Leyla", "Rauf", "Sevinj", "Tural", "Gunel", "Elchin",
    "Aynur", "Vugar", "Narmin", "Farid", "Samira", "Ilgar", "Kamala", "Rashad", "Ulviyya"};
  private static final String[] LAST = {"Alakbarli", "Mammadova", "Huseynov", "Aliyeva", "Gasimov",
    "Rzayeva", "Ismayilov", "Karimova", "Suleymanov", "Abbasova", "Jafarov", "Babayeva"};
  private static final String[] ROLES = {"Chairman of the Board", "Head of the Public Union",
    "Director of the Foundation", "Executive Director", "President of the Association",
    "Coordinator of the Network", "Chair of the Council of Elders", "Head of the Legal Clinic"};

  private final Random random;

  public StatementFixture(long seed) {
    this.random = new Random(seed);
  }

  /** A new organisation with its own letterhead, footer and a long signatory list. */
  public Organisation organisation(String name) {
    String letterhead = name.toUpperCase(java.util.Locale.ROOT) + "\n" + name + "\n"
        + "Address: " + (10 + random.nextInt(80)) + " " + pick(LAST) + " street, AZ" + (1000 + random.nextInt(8000))
        + ", Baku\nTel: +994 12 " + (100 + random.nextInt(900)) + " " + (10 + random.nextInt(90))
        + " " + (10 + random.nextInt(90));
    String aboutUs = name + " was founded in " + (1989 + random.nextInt(20)) + " by people expelled from"
        + " their homes and today unites " + (20 + random.nextInt(200)) + " member organisations. It"
        + " defends the rights of displaced families, keeps the memory of their villages alive and works"
        + " with international partners for their return in safety and dignity.";
    List<String> signatories = new ArrayList<>();
    int n = 12 + random.nextInt(20);
    for (int i = 0; i < n; i++) {
      signatories.add(pick(FIRST) + " " + pick(LAST) + " \u2013 " + pick(ROLES) + " of " + pick(SUBJECTS)
          .replaceFirst("^The ", "the "));
    }
    return new Organisation(name, letterhead, aboutUs, signatories);
  }

  /** A new statement of the organisation: boilerplate around {@code paragraphs} prose paragraphs. */
  public String statement(Organisation org, int paragraphs) {
    StringBuilder b = new StringBuilder();
    b.append(org.letterhead()).append("\n\n");
    b.append("No: ").append(random.nextInt(40)).append('/').append(random.nextInt(12) + 1).append("\n\n");
    b.append("Baku, ").append(1 + random.nextInt(28)).append(' ').append(pick(new String[] {
        "January", "March", "May", "July", "September", "November"})).append(' ')
        .append(2019 + random.nextInt(6)).append("\n\n");
    b.append("Appeal of ").append(org.name()).append(" to ").append(pick(ADDRESSEES)).append("\n\n");
    b.append(body(paragraphs));
    b.append(org.aboutUs()).append("\n\n");
    b.append(String.join("\n", org.signatories())).append('\n');
    return b.toString();
  }

  /** Prose paragraphs only. */
  public String body(int paragraphs) {
    StringBuilder b = new StringBuilder();
    for (int p = 0; p < paragraphs; p++) {
      int sentences = 2 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        b.append(sentence()).append(s + 1 < sentences ? " " : "");
      }
      b.append("\n\n");
    }
    return b.toString();
  }

  String sentence() {
    if (random.nextInt(5) == 0) {
      return String.format(java.util.Locale.ROOT, pick(FACTS), 10 + random.nextInt(9000),
          1990 + random.nextInt(30), 10 + random.nextInt(900));
    }
    return pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(ADDRESSEES) + " " + pick(PURPOSES) + " "
        + pick(GROUPS) + " " + pick(CLOSERS) + ".";
  }

  public Random random() {
    return random;
  }

  String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }
}
