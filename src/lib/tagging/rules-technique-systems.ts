/**
 * Technique rules, part 3: systems (parallelism, memory, kernels), training recipes and
 * what is generated (diffusion, long reasoning and writing).
 */
import type { ValueRule } from './rule-types';

export const SYSTEMS_RULES: ValueRule[] = [
  {
    id: 'sequence-parallelism',
    phrases: [
      ['(sequence|context) (level )?parallel(ism|ization)?', 1.5],
      ['=SP', 1],
      ['ring ?(self )?attention', 1.5],
      ['ring (style )?communication', 1.5],
      ['ulysses', 1.5],
      ['all to all', 1.5],
      ['distributed (multi head )?(attention|training|transformers?)', 1.5],
      ['(hybrid|4d|intra data) (data )?(parallelism|partitioning)', 1.5],
      ['across (multiple |many |the )?(gpus|nodes|accelerators)', 1],
      // Devices may be phones: only backs up a parallelism word.
      ['across (multiple |many |the )?devices', 0.5],
      ['among (multiple )?(devices|gpus)', 1],
      ['(multi ?gpu|multiple gpus?)', 0.75],
      ['(data|tensor|pipeline|model) parallel(ism)?', 0.5],
      ['(partition*|split*|shard*|divid*|distribut*) ~ ~ ~ ~ sequence dimension', 1.5],
    ],
  },
  {
    id: 'activation-memory',
    phrases: [
      ['activation (memory|checkpointing|recomputation|offloading|values|swapping)', 1.5],
      ['gradient checkpointing', 1.5],
      ['recomput*', 1],
      ['checkpointing', 1],
      ['offload* ~ activations', 1.5],
      ['activations?', 0.75],
      ['memory efficient (training|backpropagation|attention|exact|inference)', 1],
      ['chunk(ed)? (computation|strateg*)', 1],
      ['(gpu|activation) memory (optimi[sz]ations?|management)', 1.5],
      ['memory (optimi[sz]ations?|fragmentation|management)', 1],
      ['back ?propagation', 0.5],
      ['out of memory', 0.5],
    ],
    // Activations as what a model computes, not what training must keep in memory.
    not: [
      'activation (steering|functions?|patching|sparsity|outliers?|quantization|maps?|directions?|vectors?|space)',
      'sparse activations?',
    ],
  },
  {
    id: 'efficient-kernels',
    phrases: [
      [
        '(gpu|cuda|triton|fused|custom|optimi[sz]ed|efficient|attention|ssm|hardware aware) kernels?',
        1.5,
      ],
      ['kernel (fusion|level|efficiency|implementations?|optimi[sz]ations?)', 1.5],
      ['tensor cores?', 1.5],
      ['(io|i/o) aware', 1.5],
      ['hardware (aware|efficient|acceleration|utili[sz]ation)', 1.5],
      ['operator (level|libraries|library|fusion)', 1.5],
      ['system (engineering|co ?design)', 1],
      ['compilers?', 1],
      ['memory io', 1],
      ['=I/O', 0.75],
      ['(flops?|hardware) utili[sz]ation', 0.75],
      ['cuda|triton', 1],
      ['flash ?attention*', 0.5],
    ],
  },
  {
    id: 'diffusion',
    phrases: [
      ['diffusion', 1.5],
      ['=DiTs?', 1.5],
      ['denois*', 1],
      ['score based', 0.5],
    ],
  },
  {
    id: 'training-recipe',
    phrases: [
      ['continu(ed|al) (pre ?)?training', 1.5],
      ['further pre ?training', 1.5],
      ['curricul(um|a)', 1.5],
      ['data (mix|mixtures?|mixing|recipes?|composition|curation)', 1.5],
      ['training recipes?', 1.5],
      ['supervised (fine ?tuning|manner)', 1.5],
      ['=SFT', 1.5],
      ['instruction (tuning|data|datasets?)', 1.5],
      ['reinforcement learning', 1.5],
      ['=RL', 1],
      ['fine ?tuning (strateg*|recipes?|data*)', 1.5],
      ['adaptation strateg*', 1.5],
      ['synthetic (training |sft |instruction |long context )(data|datasets?)', 1.5],
      ['synthetic (data|datasets?)', 0.5],
      ['(sequence|document) packing', 1.5],
      ['loss weighting', 1],
      ['gradually increas* ~ context (sizes?|lengths?|windows?)', 1.5],
      ['progressive* (training|extension|length)', 1.5],
      ['pre ?train* (from|on) (large scale )?~ corpora', 1],
      ['recipes?', 1],
      ['training strateg*', 0.75],
      ['training (set|data|dataset|corpus|mixture)', 0.5],
      ['=(DPO|GRPO|RLHF|PPO)', 0.75],
    ],
  },
  {
    id: 'reasoning-generation',
    phrases: [
      ['chains? of thoughts?', 1.5],
      ['=CoT', 1.5],
      ['long (chain|horizon) (of )?reasoning', 1.5],
      ['reasoning (chains?|trees?|depth|traces?|steps?|paradigm|process)', 1.5],
      [
        '(long|longer|extended|complex|multi step|multi hop|iterative|recursive|structured|explicit) reasoning',
        1,
      ],
      ['long ?form (text )?(generation|writing|outputs?)', 1.5],
      ['ultra ?long (text )?generation', 1.5],
      ['writ(ing|ers?)', 1],
      ['thinking', 0.75],
      // Alone, "spatial reasoning" in a title is no long chain of thought (the value's
      // definition): on the mixed dev dump, 18 of 61 such tags were of that kind.
      ['reasoning', 0.25],
      ['recursive', 0.5],
    ],
    not: ['hierarchical reasoning', 'multimodal reasoning'],
  },
];
