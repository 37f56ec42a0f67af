/**
 * Short, frequent words of each language (written without accents), for telling a message in another
 * language from an English one. Words that are also English ("die", "was", "pour", "no", "me", "as",
 * "son", "sin", "um") and single letters ("I'd" gives "d") are left out, so they never count against
 * English; the English list counts for it.
 */
export const englishWords = new Set(
  (
    'the a an is are were be been being we it its of to and in on at for with from by as or not no ' +
    'yes have has had do does did that this these those what how why which who when where our they ' +
    'them their can could would should will i you he she there here but all any some only about into ' +
    'than then if so my your us just also very more most such each every'
  ).split(' '),
);

export const otherLanguageWords: Readonly<Record<string, ReadonlySet<string>>> = {
  French: words(
    'le la les des du une est et je nous vous il elle ils elles pas ne que qui quoi quel quels quelle ' +
      'quelles dans sur avec sont cest ces cette ce au aux mon ma mes notre nos votre vos leur leurs avons ' +
      'avez ont sais oui non tres aussi comment pourquoi peut etre avoir fait dit qu mais ou donc chaque ' +
      'tout tous toute rien deja ici ca aucun aucune',
  ),
  Spanish: words(
    'el los las una es que de del en por para con lo le se su sus como cual cuales tenemos tiene tienen ' +
      'muy pero mas esta estan son sobre hay nosotros si dice yo tu usted ellos eso esto cada todo todos ' +
      'nada tambien porque donde cuando ningun ninguna',
  ),
  German: words(
    'der das und ist nicht ich wir sie es ein eine einen einem einer mit von zu auf fur sind haben hat ' +
      'wie den dem des kein keine keinen ja nein sehr auch oder aber bei noch weiss jeder jede alle ' +
      'nichts uns unser unsere wird werden kann konnen gibt',
  ),
  Italian: words(
    'il lo la gli le un una di del della delle dei che non per con sono abbiamo ha hanno come cosa quali ' +
      'quale molto anche ma nel nella si questo questa ogni tutto niente gia perche dove quando io noi ' +
      'voi loro nessuno nessuna',
  ),
  Portuguese: words(
    'os um uma de do da dos das que nao sim em na para com sem por como muito temos tem sao esta mas ' +
      'isso este diz ao aos voce cada tudo nada ja porque onde quando eu sei nenhum nenhuma',
  ),
};

/** Whole replies that are a yes or a no in another language. */
export const otherLanguageReplies = new Set(['oui', 'non', 'si', 'ja', 'nein', 'sim', 'nao']);

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}
