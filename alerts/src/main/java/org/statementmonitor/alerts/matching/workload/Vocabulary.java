package org.statementmonitor.alerts.matching.workload;

import java.util.ArrayList;
import java.util.List;

/**
 * The names and words of the genre the workload draws from: organisations, people, places,
 * watchlist ids, topic phrases and the ordinary words of statements, appeals and letters. Names are
 * combined from parts, so there are thousands of them, as there are in the monitors' watchlists.
 */
final class Vocabulary {

  private static final String[] FIRST = ("Ilham Elchin Farid Leyla Samira Nigar Tural Anar Rashad Gunel Aydan Kamran "
      + "Zaur Sevinj Ramin Vugar Orkhan Nargiz Aziz Murad Parviz Ulviyya Javid Emil Hikmat Ruslan Sabina Togrul "
      + "Arzu Fuad Maria John Helen Peter Anna Michael Sarah David Laura James Olga Tomas Ingrid Pierre Claire "
      + "Marco Elena Viktor Natalia Hassan Amina Karim Yusuf Mei Chen Wei Hiroshi Aiko Ravi Priya").split(" ");
  private static final String[] LAST = ("Aliyev Mammadov Hasanov Huseynov Guliyev Ismayilov Abbasov Rzayev Babayev "
      + "Jafarov Karimov Najafov Safarov Valiyev Gasimov Mustafayev Bayramov Askarov Zeynalov Rahimov Smith "
      + "Johnson Brown Miller Wilson Moore Taylor Anderson Dubois Laurent Rossi Bianchi Novak Kowalski Petrov "
      + "Ivanova Schmidt Weber Jensen Larsen Haddad Rahman Khan Tanaka Suzuki Zhang Liu Sharma Gupta Costa").split(" ");
  private static final String[] PLACES = ("Baku Ganja Shusha Lachin Kalbajar Zangezur Nakhchivan Yerevan Goris "
      + "Kapan Sisian Meghri Vardenis Aghdam Fuzuli Jabrayil Zangilan Gubadli Khankendi Tbilisi Ankara Tehran "
      + "Moscow Brussels Geneva Strasbourg Vienna Paris London Washington Berlin Rome Madrid Warsaw Prague "
      + "Budapest Bucharest Sofia Athens Istanbul Kyiv Minsk Vilnius Riga Tallinn Helsinki Stockholm Oslo "
      + "Copenhagen Amsterdam Lisbon Dublin Ottawa Cairo Doha Dubai Astana Tashkent Bishkek Dushanbe Ashgabat "
      + "Beijing Tokyo Delhi Islamabad Kabul Baghdad Damascus Beirut Amman Riyadh").split(" ");
  private static final String[] ORG_HEAD = ("Community Association Union Council Committee Commission Foundation "
      + "Centre Institute Network Alliance League Society Coalition Forum Agency Office Bureau Ministry "
      + "Initiative").split(" ");
  private static final String[] ORG_QUALIFIER = ("Human Rights|Refugees|Displaced Persons|Missing Persons|Press "
      + "Freedom|Return|Peace|Democracy|Justice|Heritage|Youth|Women|Lawyers|Journalists|Humanitarian Aid|"
      + "Mine Action|Reconciliation|Culture|Development|Migration").split("\\|");
  private static final String[] ORG_ADJ = ("Western Eastern International National European Independent Free "
      + "United Global Regional Caspian Caucasus Civic Public").split(" ");
  private static final String[] TOPICS = ("right of return|humanitarian corridor|missing persons|landmine victims|"
      + "peace treaty|ceasefire violation|cultural heritage|forced displacement|ethnic cleansing|war crimes|"
      + "press freedom|political prisoners|border delimitation|prisoners of war|mass graves|hate speech|"
      + "sanctions|peace talks|transit route|safe return|property rights|mine clearance|arbitrary detention|"
      + "freedom of expression|international law|security council|human rights defenders|election observers|"
      + "energy security|climate finance|refugee camps|reconstruction|compensation claims|genocide|"
      + "disinformation campaign|historical memory|territorial integrity|self-determination|"
      + "confidence building|peace process").split("\\|");
  private static final String[] WORDS = ("the of and to in a on for that with by as is was are be this it from at "
      + "which have has not we our their all its an or also been were these they who would will may more other "
      + "such into than only its can between against after before under during through over about since "
      + "calls urges condemns welcomes expresses deep concern regarding recent statement appeal letter report "
      + "government authorities representatives delegation minister president secretary-general chairman "
      + "organisation community people families citizens residents victims children women elderly homes "
      + "villages regions territories lands cities districts settlements borders roads schools hospitals "
      + "churches mosques monuments cemeteries archives documents evidence testimony witnesses records "
      + "international organisations partners states parties obligations commitments resolutions conventions "
      + "principles norms standards mechanisms procedures negotiations dialogue cooperation support assistance "
      + "protection safety dignity justice accountability responsibility recognition restoration return "
      + "reparation rights freedoms violations crimes abuses attacks destruction looting occupation conflict "
      + "war peace settlement agreement declaration meeting conference session forum hearing visit mission "
      + "year years decades century history today yesterday month week day period time process stage step "
      + "urgent immediate necessary important serious grave systematic widespread continued ongoing new "
      + "full effective genuine lasting sustainable fair impartial independent public official national local "
      + "attention action measures steps efforts initiatives proposals demands requests questions issues "
      + "situation developments events incidents cases facts figures data information media press journalists "
      + "reported stated noted declared announced confirmed denied rejected adopted signed presented submitted "
      + "according accordance respect regard behalf framework context basis light view order part number").split(" ");

  final List<String> people = new ArrayList<>();
  final List<String> organisations = new ArrayList<>();
  final List<String> places = List.of(PLACES);
  final List<String> topics = List.of(TOPICS);
  final List<String> words = List.of(WORDS);

  Vocabulary() {
    for (String last : LAST) {
      for (String first : FIRST) {
        people.add(first + " " + last);
      }
    }
    for (String adj : ORG_ADJ) {
      for (String q : ORG_QUALIFIER) {
        organisations.add(adj + " " + q + " " + ORG_HEAD[(adj.length() * 7 + q.length()) % ORG_HEAD.length]);
      }
    }
    for (String place : PLACES) {
      for (String head : ORG_HEAD) {
        organisations.add(place + " " + head);
      }
    }
  }

  /** The watchlist id of an entity name: the same name always has the same id. */
  static String watchlistId(String name) {
    return "wl-" + Integer.toUnsignedString(name.hashCode() & 0xfffff, 36);
  }
}
