import { describe, expect, it } from 'vitest';
import { countContractPhrases } from '../../utils/analysis/contract-voice';

describe('contractual phrases the detector counts', () => {
  it.each([
    ['en', 'You agree that we may suspend the service. These Terms apply.', 3],
    ['zh', '您同意本协议的全部条款。', 2],
    ['de', 'Sie verpflichten sich, diese Nutzungsbedingungen einzuhalten. Wir behalten uns vor, den Dienst zu ändern.', 3],
    ['it', "L'utente si impegna a rispettare i presenti Termini. Ci riserviamo il diritto di modificarli.", 3],
    ['pl', 'Użytkownik zobowiązuje się przestrzegać niniejszego Regulaminu. Zastrzegamy sobie prawo do zmian Warunków korzystania z serwisu.', 4],
    ['fr', 'Vous vous engagez à respecter les présentes conditions. Nous nous réservons le droit de les modifier.', 3],
    ['es', 'El usuario se compromete a cumplir las presentes condiciones. Nos reservamos el derecho de modificarlas.', 3],
  ])('%s: counts the provider speaking to its user', (_lang, text, count) => {
    expect(countContractPhrases(text)).toBe(count);
  });

  it('does not take German "sie" (they) for the formal "Sie" (you)', () => {
    expect(countContractPhrases('Die Kunden sagen, sie müssen zu viel zahlen, und sie dürfen nicht kündigen.')).toBe(0);
    expect(countContractPhrases('Sie müssen zu viel zahlen.')).toBe(1);
  });

  it('counts nothing in ordinary prose about the same subjects', () => {
    for (const text of [
      'Das Gericht erklärte die Klausel für unwirksam; der Anbieter will in Berufung gehen.',
      "L'app permette di dividere le spese; l'abbonamento costa 2,99 euro al mese.",
      'Masz 30 dni na zwrot bez podania przyczyny. Rower musi być nieużywany.',
      'Préchauffez le four à 180 °C et surveillez la cuisson.',
    ]) {
      expect(countContractPhrases(text), text).toBe(0);
    }
  });
});
