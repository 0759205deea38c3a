package org.osicam.cli.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;

/**
 * The demo's inputs: the CDNOW purchases (bundled) and, for each CDNOW customer, seeded person
 * records spread over several source systems with realistic duplicates (typos, swapped names,
 * national phone formats, day-first dates, missing fields).
 */
final class DemoData {
  private DemoData() {}

  /** One CDNOW purchase line. */
  record Purchase(String customer, LocalDate date, int cds, double dollars) {}

  private static final String[] GIVEN = {
    "Anne",
    "Louis",
    "Marie",
    "Jean",
    "Camille",
    "Lucas",
    "Emma",
    "Hugo",
    "Chloe",
    "Paul",
    "Olivia",
    "James",
    "Sophie",
    "Thomas",
    "Laura",
    "Nathan",
    "Julia",
    "Adam",
    "Lea",
    "Noah",
    "Alice",
    "Victor",
    "Manon",
    "Arthur",
    "Ines",
    "Jules",
    "Sarah",
    "Leo",
    "Zoe",
    "Gabriel",
    "Clara",
    "Raphael",
    "Eva",
    "Martin",
    "Lucie",
    "Simon",
    "Juliette",
    "Antoine",
    "Margaux",
    "Maxime",
    "Charlotte",
    "Oscar",
    "Pauline",
    "Samuel",
    "Elise",
    "Robert",
    "Helen",
    "George",
    "Grace",
    "Henry",
    "Amelia",
    "Jack",
    "Isla",
    "Oliver",
    "Emily",
    "Harry",
    "Mia",
    "William",
    "Ella",
    "Daniel"
  };
  private static final String[] FAMILY = {
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefebvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "Andre",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "Francois",
    "Martinez",
    "Legrand",
    "Garnier",
    "Faure",
    "Rousseau",
    "Blanc",
    "Guerin",
    "Muller",
    "Henry",
    "Roussel",
    "Nicolas",
    "Perrin",
    "Morin",
    "Mathieu",
    "Clement",
    "Gauthier",
    "Dumont",
    "Lopez",
    "Fontaine",
    "Chevalier",
    "Robin",
    "Masson",
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "Hughes",
    "Edwards",
    "Turner",
    "Hill"
  };
  private static final String[] STREETS = {
    "rue de la Paix", "avenue Victor Hugo", "boulevard Voltaire", "rue du Moulin",
        "place de l'Eglise",
    "chemin des Vignes", "rue Pasteur", "avenue Jean Jaures", "High Street", "Station Road",
    "Church Street", "Park Road", "rue des Lilas", "impasse des Roses", "allee des Chenes"
  };
  private static final String[] CITIES = {
    "Paris",
    "Lyon",
    "Marseille",
    "Lille",
    "Nantes",
    "Bordeaux",
    "Toulouse",
    "Rennes",
    "Strasbourg",
    "Nice",
    "Montpellier",
    "Grenoble"
  };

  /** Reads the bundled CDNOW log. */
  static List<Purchase> cdnow() {
    List<Purchase> out = new ArrayList<>(70_000);
    DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
    try (InputStream in =
            Objects.requireNonNull(
                DemoData.class.getResourceAsStream("/org/osicam/cli/demo/CDNOW_master.txt"),
                "CDNOW_master.txt is missing from the jar");
        BufferedReader r =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
      String line;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        String[] p = line.strip().split("\\s+");
        if (header) {
          header = false;
          if (!p[0].matches("\\d+")) {
            continue;
          }
        }
        if (p.length < 4) {
          continue;
        }
        out.add(
            new Purchase(
                p[0], LocalDate.parse(p[1], f), Integer.parseInt(p[2]), Double.parseDouble(p[3])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A person behind one CDNOW customer. */
  record Person(
      String customer,
      String given,
      String family,
      LocalDate birth,
      String email,
      String phone,
      String streetNumber,
      String street,
      String postcode,
      String city) {}

  /** One person per customer, seeded. */
  static Map<String, Person> people(List<String> customers, long seed) {
    Map<String, Person> out = new LinkedHashMap<>();
    SplittableRandom root = new SplittableRandom(seed);
    for (String c : customers) {
      SplittableRandom rnd = root.split();
      String given = GIVEN[rnd.nextInt(GIVEN.length)];
      String family = FAMILY[rnd.nextInt(FAMILY.length)];
      LocalDate birth =
          LocalDate.of(1940 + rnd.nextInt(60), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
      String email =
          (given.charAt(0) + "." + family + c).toLowerCase(Locale.ROOT)
              + (rnd.nextBoolean() ? "@example.org" : "@example.com");
      String phone = String.format(Locale.ROOT, "+336%08d", rnd.nextInt(100_000_000));
      out.put(
          c,
          new Person(
              c,
              given,
              family,
              birth,
              email,
              phone,
              Integer.toString(1 + rnd.nextInt(120)),
              STREETS[rnd.nextInt(STREETS.length)],
              String.format(Locale.ROOT, "%05d", 1000 + rnd.nextInt(94000)),
              CITIES[rnd.nextInt(CITIES.length)]));
    }
    return out;
  }

  /**
   * Source records: every person is in the web shop (keyed by the CDNOW id); about a third are also
   * in the store system and an eighth in the call centre, with the errors such systems make.
   */
  static List<SourceRecord> records(Map<String, Person> people, long seed) {
    List<SourceRecord> out = new ArrayList<>();
    SplittableRandom root = new SplittableRandom(seed ^ 0x5EEDL);
    DateTimeFormatter dayFirst = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    int store = 0;
    int call = 0;
    for (Person p : people.values()) {
      SplittableRandom rnd = root.split();
      Map<String, String> web = new LinkedHashMap<>();
      web.put("given_name", p.given());
      web.put("family_name", p.family());
      web.put("email", p.email());
      web.put("birth_date", p.birth().toString());
      if (rnd.nextDouble() < 0.7) {
        web.put("phone", p.phone());
      }
      web.put("postcode", p.postcode());
      web.put("city", p.city());
      out.add(new SourceRecord(new SourceKey("webshop", p.customer()), web, null));
      if (rnd.nextDouble() < 0.33) {
        Map<String, String> s = new LinkedHashMap<>();
        boolean swap = rnd.nextDouble() < 0.1;
        s.put("given_name", typo(swap ? p.family() : p.given(), rnd, 0.15));
        s.put(
            "family_name", typo(swap ? p.given() : p.family(), rnd, 0.15).toUpperCase(Locale.ROOT));
        s.put(
            "phone",
            "0"
                + p.phone().substring(3, 4)
                + " "
                + p.phone().substring(4, 6)
                + " "
                + p.phone().substring(6, 8)
                + " "
                + p.phone().substring(8, 10)
                + " "
                + p.phone().substring(10));
        s.put("birth_date", p.birth().format(dayFirst));
        s.put("street_number", p.streetNumber());
        s.put("street", p.street());
        s.put("postcode", p.postcode());
        s.put("city", p.city().toUpperCase(Locale.ROOT));
        if (rnd.nextDouble() < 0.5) {
          s.put("email", p.email());
        }
        out.add(new SourceRecord(new SourceKey("store", "S" + (++store)), s, null));
      }
      if (rnd.nextDouble() < 0.12) {
        Map<String, String> cc = new LinkedHashMap<>();
        cc.put("full_name", p.given() + " " + typo(p.family(), rnd, 0.3));
        cc.put("phone", p.phone());
        if (rnd.nextBoolean()) {
          cc.put("birth_date", p.birth().format(DateTimeFormatter.BASIC_ISO_DATE));
        }
        out.add(new SourceRecord(new SourceKey("callcentre", "CC" + (++call)), cc, null));
      }
    }
    return out;
  }

  private static String typo(String s, SplittableRandom rnd, double rate) {
    if (s.length() < 4 || rnd.nextDouble() >= rate) {
      return s;
    }
    int i = 1 + rnd.nextInt(s.length() - 2);
    char[] c = s.toCharArray();
    char t = c[i];
    c[i] = c[i + 1];
    c[i + 1] = t;
    return new String(c);
  }

  /** Cents-exact amounts. */
  static BigDecimal money(double dollars) {
    return BigDecimal.valueOf(Math.round(dollars * 100), 2);
  }
}
